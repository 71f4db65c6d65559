import { describe, expect, it } from 'vitest';
import { ladderLinter } from '../ladder/vague-cells.js';
import { defaultRubric } from './default-rubric.js';
import { publishRubric, reviseRubric, rubricChanges } from './rubric-versions.js';
import { cycleIn, publishedRubric, t0 } from './review.test-helpers.js';
import { defaultSignalIds } from './signals.js';
import { validateRubric } from './validate-rubric.js';

describe('the default rubric', () => {
  it('holds the article’s five signals, each with a definition and observable examples, and passes validation', () => {
    const r = defaultRubric();
    expect(r.signals.map((s) => s.id)).toEqual([...defaultSignalIds]);
    expect(r.signals.map((s) => s.name)).toEqual(['Delivery impact', 'Reliability impact', 'Code quality', 'Collaboration', 'Growth at level']);
    for (const s of r.signals) {
      expect(s.definition.length).toBeGreaterThan(40);
      expect(s.strongExamples.length).toBeGreaterThanOrEqual(2);
      expect(s.needsSupportExamples.length).toBeGreaterThanOrEqual(2);
    }
    expect(r.scale).toEqual(['needs support', 'strong at level', 'exceeds']);
    expect(validateRubric(r)).toEqual([]);
  });

  it('gives observable examples of needs support, strong and exceeds for every signal, none of which the feedback lint flags', () => {
    const lint = ladderLinter();
    const flagged: string[] = [];
    for (const s of defaultRubric().signals) {
      expect(s.exceedsExamples?.length ?? 0, s.id).toBeGreaterThanOrEqual(2);
      for (const text of [s.definition, ...s.strongExamples, ...s.needsSupportExamples, ...(s.exceedsExamples ?? [])]) {
        // "No outcome" judges a whole review, not one line of a rubric.
        for (const f of lint(text).filter((x) => x.rule !== 'noOutcome')) flagged.push(`${s.id}: ${f.rule} "${text.slice(f.start, f.end)}"`);
      }
    }
    expect(flagged).toEqual([]);
  });
});

describe('validateRubric', () => {
  it('names every problem with its field', () => {
    const base = defaultRubric();
    const s = base.signals;
    const problems = validateRubric({
      name: ' ',
      scale: ['x', 'x'],
      signals: [s[0]!, { ...s[1]!, id: s[0]!.id, definition: '', weight: 0 }, { ...s[2]!, strongExamples: [' '], needsSupportExamples: [] }],
    });
    expect(problems).toEqual([
      { field: 'name', message: 'must not be empty' },
      { field: 'signals[1].id', message: '"delivery-impact" is used by an earlier signal' },
      { field: 'signals[1].definition', message: 'must not be empty' },
      { field: 'signals[1].weight', message: 'must be a number above 0' },
      { field: 'signals[2].strongExamples', message: 'needs at least one observable example' },
      { field: 'signals[2].needsSupportExamples', message: 'needs at least one observable example' },
      { field: 'scale', message: 'values must be distinct' },
    ]);
  });

  it('takes 3 to 5 signals and no more or fewer', () => {
    const s = defaultRubric().signals;
    const count = (n: number) => validateRubric({ name: 'r', scale: ['a', 'b'], signals: Array.from({ length: n }, (_, i) => ({ ...s[i % 5]!, id: `s${i}` })) });
    expect(count(2)).toEqual([{ field: 'signals', message: 'must hold 3 to 5 signals (has 2)' }]);
    expect(count(3)).toEqual([]);
    expect(count(5)).toEqual([]);
    expect(count(6)).toEqual([{ field: 'signals', message: 'must hold 3 to 5 signals (has 6)' }]);
  });
});

describe('rubric versions', () => {
  it('publishes a valid draft once; a published version never changes', () => {
    const p = publishRubric(defaultRubric(), t0);
    expect(p).toMatchObject({ ok: true, value: { version: 1, publishedAt: t0 } });
    expect(publishRubric(publishedRubric(), t0)).toEqual({ ok: false, reason: 'Rubric engineering version 1 is already published; published versions never change.' });
    expect(publishRubric({ ...defaultRubric(), signals: [] }, t0)).toEqual({ ok: false, reason: 'signals: must hold 3 to 5 signals (has 0)' });
  });

  it('revises into version n + 1, as a draft, when no cycle using it runs', () => {
    const latest = publishedRubric();
    const content = { ...latest, name: 'Signals 2027' };
    const shared = cycleIn('shared');
    const r = reviseRubric(latest, content, [shared, cycleIn('draft')]);
    expect(r).toMatchObject({ ok: true, value: { id: 'engineering', version: 2, name: 'Signals 2027', publishedAt: null } });
  });

  it('refuses a revision while a cycle using the rubric is published, writing, calibrating or finalized', () => {
    for (const state of ['published', 'writing', 'calibrating', 'finalized'] as const) {
      const r = reviseRubric(publishedRubric(), publishedRubric(), [cycleIn(state)]);
      expect(r, state).toEqual({ ok: false, reason: `Rubric engineering is locked while "2026 annual review" (${state}) runs; revise it after the cycle is shared.` });
    }
  });

  it('lists what changed for the announcement', () => {
    const a = defaultRubric();
    const b = { ...a, signals: [...a.signals.slice(0, 3).map((s, i) => (i === 1 ? { ...s, definition: 'New text.' } : s)), { ...a.signals[4]!, id: 'mentoring', name: 'Mentoring' }] };
    expect(rubricChanges(a, b)).toEqual(['Signal changed: Reliability impact.', 'Signal added: Mentoring.', 'Signal removed: Collaboration.', 'Signal removed: Growth at level.']);
    expect(rubricChanges(null, a)).toEqual(['First version: Delivery impact, Reliability impact, Code quality, Collaboration, Growth at level.']);
    expect(rubricChanges(a, a)).toEqual(['No change in content (republished).']);
  });
});
