/**
 * The error ratio of a window under each budgeting method (spec/reliability.md), exactly:
 * - Occurrences: Σbad / Σtotal.
 * - Timeslices: bad slices / counted slices; slices without data follow the no-data policy
 *   (excluded: not counted; good: counted good; bad: counted bad).
 * - RatioTimeslices: 1 − mean of per-slice ratios over slices with data. The mean of ratios has
 *   no small exact form, so it is rounded to 1e-12 before entering the exact arithmetic.
 * Null when the window has nothing to count: no data is not a perfect score.
 */
import { rat, type Rational } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { Totals } from './totals.js';

export interface Counted {
  bad: number;
  counted: number;
}

/** Bad and counted units (events or slices) of a window. */
export function counted(slo: SloDefinition, t: Totals): Counted | null {
  switch (slo.budgetingMethod) {
    case 'Occurrences':
      return t.total > 0 ? { bad: t.total - t.good, counted: t.total } : null;
    case 'Timeslices': {
      const badWithData = t.dataSlices - t.goodSlices;
      const empty = t.slices - t.dataSlices;
      const c =
        slo.noData === 'excluded' ? { bad: badWithData, counted: t.dataSlices }
        : slo.noData === 'good' ? { bad: badWithData, counted: t.slices }
        : { bad: badWithData + empty, counted: t.slices };
      return c.counted > 0 ? c : null;
    }
    case 'RatioTimeslices':
      return t.dataSlices > 0 ? { bad: t.dataSlices - t.ratioSum, counted: t.dataSlices } : null;
  }
}

const SCALE = 1_000_000_000_000;

export function errorRatio(slo: SloDefinition, t: Totals): Rational | null {
  const c = counted(slo, t);
  if (c === null) return null;
  if (Number.isInteger(c.bad)) return rat(BigInt(c.bad), BigInt(c.counted));
  return rat(BigInt(Math.round((c.bad / c.counted) * SCALE)), BigInt(SCALE));
}
