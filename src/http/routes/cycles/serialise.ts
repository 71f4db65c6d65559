/** Review values as the API shows them: times as ISO text. */
import { nextState, type ReviewCycle } from '../../../core/review/cycle.js';
import type { SurpriseFlag } from '../../../core/review/no-surprises.js';

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

const dayOf = (ms: number | undefined): string | null => (ms === undefined ? null : iso(ms).slice(0, 10));

export const serialiseCycle = ({ deadlines, ...c }: ReviewCycle) => ({
  ...c,
  deadlines: { selfReview: dayOf(deadlines?.selfReview), managerReview: dayOf(deadlines?.managerReview), calibration: dayOf(deadlines?.calibration), sharing: dayOf(deadlines?.sharing) },
  periodFrom: iso(c.periodFrom),
  periodTo: iso(c.periodTo),
  nextState: nextState(c.state),
  history: c.history.map((h) => ({ ...h, at: iso(h.at) })),
});

export const serialiseFlag = (f: SurpriseFlag) => ({ ...f, at: iso(f.at) });
