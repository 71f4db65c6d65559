import { describe, expect, it } from 'vitest';
import { noSurpriseFlags } from '../review/no-surprises.js';
import { checkInProblem, plansAsSharedFeedback, supportPlanProblems } from './support-plan.js';

const day = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);

describe('support plans', () => {
  it('names each problem with its field', () => {
    expect(supportPlanProblems({ startsOn: '2026-03-01', endsOn: '2026-02-01', expectations: [], support: [] }).map((p) => p.field)).toEqual(['endsOn', 'expectations', 'support']);
    expect(supportPlanProblems({ startsOn: '2026-03-01', endsOn: '2026-05-01', expectations: ['x'], support: ['y'] })).toEqual([]);
  });

  it('keeps check-ins inside the timeline', () => {
    const plan = { startsOn: '2026-03-01', endsOn: '2026-05-01' };
    expect(checkInProblem(plan, '2026-03-15')).toBeNull();
    expect(checkInProblem(plan, '2026-05-02')).toMatch(/within the plan \(2026-03-01 to 2026-05-01\)/);
  });

  it('counts as shared feedback on its signal — or on every rated signal when it is about the whole role', () => {
    const rated = [{ person: 'jonas', signal: 'growth-at-level' }, { person: 'jonas', signal: 'collaboration' }, { person: 'mei', signal: 'collaboration' }];
    expect(plansAsSharedFeedback([{ id: 'p1', person: 'jonas', signal: 'code-quality', createdAt: t0 }], rated)).toEqual([{ id: 'p1', person: 'jonas', signal: 'code-quality', sharedAt: t0 }]);
    expect(plansAsSharedFeedback([{ id: 'p2', person: 'jonas', signal: null, createdAt: t0 }], rated).map((f) => f.signal)).toEqual(['growth-at-level', 'collaboration']);
  });

  it('makes a later needs-support rating no surprise once it is 30 days old', () => {
    const rating = { id: 'r', person: 'jonas', signal: 'growth-at-level', value: 'needs support', decidedAt: t0 + 60 * day };
    const plan = plansAsSharedFeedback([{ id: 'p', person: 'jonas', signal: 'growth-at-level', createdAt: t0 }], [rating]);
    expect(noSurpriseFlags([rating], plan)).toEqual([]);
    const late = plansAsSharedFeedback([{ id: 'p', person: 'jonas', signal: 'growth-at-level', createdAt: t0 + 50 * day }], [rating]);
    expect(noSurpriseFlags([rating], late)).toEqual([expect.objectContaining({ rating: 'r', nearestFeedback: 'p' })]);
  });
});
