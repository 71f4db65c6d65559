import { describe, expect, it } from 'vitest';
import { evidenceTemplate, evidenceTemplates, setupStatus, validateWorkshop, workshopAgenda, type WorkshopPlan } from './index.js';

const now = Date.parse('2026-11-28T12:00:00Z');
const plan: WorkshopPlan = { date: '2026-12-15', durationMinutes: 120, facilitator: 'priya-raman', participants: ['sofia-rossi', 'greg-hale'], ratingDeadlineDays: 5 };

describe('setupStatus', () => {
  const empty = { ladder: null, rubric: null, evidenceTemplate: null, workshop: null };

  it('starts at the ladder and ends complete', () => {
    expect(setupStatus(empty)).toMatchObject({ next: 'ladder', complete: false });
    const all = setupStatus({
      ladder: { id: 'engineering', name: 'Engineering', version: 1 },
      rubric: { id: 'default', name: 'Review signals', version: 2, signals: 5, published: true },
      evidenceTemplate: 'outcome-first',
      workshop: { date: '2026-12-15', participants: 4 },
    });
    expect(all).toMatchObject({ next: null, complete: true });
    expect(all.steps.map((s) => s.summary)).toEqual(['Engineering, version 1, published', 'Review signals, version 2: 5 signals, published', 'Template: outcome-first', 'On 2026-12-15 with 4 raters']);
  });

  it('does not count a draft rubric or one with too many signals', () => {
    const ladder = { id: 'l', name: 'L', version: 1 };
    expect(setupStatus({ ...empty, ladder, rubric: { id: 'r', name: 'R', version: 1, signals: 5, published: false } }).next).toBe('signals');
    expect(setupStatus({ ...empty, ladder, rubric: { id: 'r', name: 'R', version: 1, signals: 6, published: true } }).next).toBe('signals');
    expect(setupStatus({ ...empty, ladder, rubric: { id: 'r', name: 'R', version: 1, signals: 3, published: true } }).next).toBe('evidence-template');
  });
});

describe('calibration workshop', () => {
  it('accepts a plan that leaves time for independent ratings', () => {
    expect(validateWorkshop(plan, now)).toEqual([]);
  });

  it('names each problem by field', () => {
    expect(validateWorkshop({ ...plan, date: '2026-11-30', participants: ['a'], durationMinutes: 10 }, now)).toEqual([
      { field: 'date', message: 'must leave 5 days for independent ratings from today' },
      { field: 'durationMinutes', message: 'must be 30 to 480 minutes' },
      { field: 'participants', message: 'calibration needs at least two raters' },
    ]);
    expect(validateWorkshop({ ...plan, date: '15/12/2026' }, now)).toEqual([{ field: 'date', message: 'must be a day as YYYY-MM-DD' }]);
    expect(validateWorkshop({ ...plan, participants: ['a', 'a', 'b'] }, now)).toEqual([{ field: 'participants', message: 'lists someone twice' }]);
  });

  it('dates the agenda from the rating deadline and never offers quotas', () => {
    const agenda = workshopAgenda(plan);
    expect(agenda[0]).toEqual({ when: 'by 2026-12-10', what: expect.stringMatching(/independently/) });
    expect(agenda.at(-1)!.when).toBe('2026-12-15');
    expect(agenda.some((a) => /never quotas/.test(a.what))).toBe(true);
  });
});

describe('evidence templates', () => {
  it('have unique ids and at least one prompt each', () => {
    expect(new Set(evidenceTemplates.map((t) => t.id)).size).toBe(evidenceTemplates.length);
    expect(evidenceTemplates.every((t) => t.prompts.length > 0)).toBe(true);
    expect(evidenceTemplate('star')?.prompts[0]).toMatch(/^Situation/);
    expect(evidenceTemplate('nope')).toBeUndefined();
  });
});
