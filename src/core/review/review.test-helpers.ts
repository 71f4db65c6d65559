/** Builders shared by the review core tests. */
import { draftCycle, type CycleKind, type CycleState, type ReviewCycle } from './cycle.js';
import { defaultRubric } from './default-rubric.js';
import type { Rating } from './ratings.js';
import type { Rubric } from './signals.js';

export const day = 24 * 60 * 60 * 1000;
export const t0 = Date.UTC(2026, 0, 1);

export function publishedRubric(at = t0): Rubric {
  return { ...defaultRubric(), publishedAt: at };
}

export function cycleIn(state: CycleState, kind: CycleKind = 'annual', rubric: Rubric | null = publishedRubric()): ReviewCycle {
  const d = draftCycle({ id: 'c1', kind, name: '2026 annual review', periodFrom: t0, periodTo: t0 + 365 * day, rubric: rubric && kind !== 'check-in' ? { id: rubric.id, version: rubric.version } : null, ladder: null }, t0, null);
  if (!d.ok) throw new Error(d.reason);
  return { ...d.value, state };
}

export function rating(over: Partial<Rating> = {}): Rating {
  return { id: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', value: 'needs support', rationale: 'Reviews came back twice for missing tests.', evidence: ['ev-1'], context: '', author: 'acct-greg', at: t0 + 100 * day, decidedAt: t0 + 100 * day, firstRatedAt: t0 + 100 * day, ...over };
}
