/**
 * The core's own view of an SLO: what the arithmetic needs, already validated and exact. The
 * OpenSLO document it came from is kept by the store for export; this is derived from it
 * (openslo/to-definition.ts) so the core never reads YAML shapes.
 */
import type { Rational } from './rational.js';
import type { TimeWindow } from './window.js';

export type BudgetingMethod = 'Occurrences' | 'Timeslices' | 'RatioTimeslices';
/** What a slice without data (total = 0, or no record) counts as, for Timeslices. */
export type NoDataPolicy = 'good' | 'bad' | 'excluded';

export interface SloDefinition {
  name: string;
  service: string;
  budgetingMethod: BudgetingMethod;
  /** In [0, 1): the objective's target (targetPercent is divided by 100 exactly). */
  target: Rational;
  /** Timeslices: a slice is good when good/total ≥ this. */
  timeSliceTarget?: Rational;
  /** Timeslices and RatioTimeslices: the slice length, a whole number of minutes. */
  timeSliceMinutes: number;
  window: TimeWindow;
  noData: NoDataPolicy;
  /** No alert fires from fewer events than this in its long window (one failed request at 3 a.m.). */
  minEvents: number;
}

export const DEFAULT_MIN_EVENTS = 100;
