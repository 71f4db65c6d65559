/**
 * The rules of a before/after verdict, in one place (spec/delivery.md, "Comparing before and
 * after"; docs/metrics.md). Every surface — the delivery page, an evidence item's outcome, the
 * review packet — reads its words and colours from the verdict computed with these rules, so a
 * figure never reads "worsened" in one place and looks good in another.
 */
import { DAY } from './types.js';

export type ComparedMetric = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'recoveryTime' | 'reworkRate';
export type Verdict = 'improved' | 'worsened' | 'no clear change';
export type BetterWhen = 'lower' | 'higher';

export const comparedMetrics: readonly ComparedMetric[] = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'recoveryTime', 'reworkRate'];

/** The direction in which each metric is better. The only definition: everything else reads it from a comparison. */
export const BETTER_WHEN: Readonly<Record<ComparedMetric, BetterWhen>> = {
  deploymentFrequency: 'higher',
  leadTime: 'lower',
  changeFailureRate: 'lower',
  recoveryTime: 'lower',
  reworkRate: 'lower',
};

/**
 * The least evidence per side for a verdict. Below it the interval is either meaningless (one
 * deployment each side) or too wide to say anything, and a reviewer reads "improved" as a fact:
 * so no verdict, and the page says why.
 *  - frequency: 28 days (four weekly blocks to resample);
 *  - lead time: 10 deployments with lead times (the independent unit: changes shipped together share their wait);
 *  - change failure and rework rate: 20 deployments;
 *  - recovery time: 10 recovered failures.
 */
export const MIN_PER_SIDE: Readonly<Record<ComparedMetric, number>> = {
  deploymentFrequency: 28,
  leadTime: 10,
  changeFailureRate: 20,
  recoveryTime: 10,
  reworkRate: 20,
};

/**
 * How long a deployment's failure takes to be found: an incident pinned on it, a rollback or a
 * revert (the revert window is also 14 days). Deployments of the last 14 days of the data are not
 * judged yet for change failure rate, rework rate and recovery time: counting them as "did not
 * fail" would make every recent period look better than it is.
 */
export const FAILURE_DETECTION_LAG_MS = 14 * DAY;

/**
 * Resamples of the bootstrap intervals (lead time, frequency, recovery time). At 4,000 the ends of
 * a 95% interval move by well under a percent of its width between seeds, so a rerun with another
 * seed does not flip a verdict unless the interval touches zero to within that noise.
 */
export const DEFAULT_RESAMPLES = 4000;

/** The shortest window worth comparing (days each side); shorter windows (the data ends too soon) give no verdicts. */
export const MIN_WINDOW_DAYS = 7;

/** "improved" or "worsened" only when the interval excludes zero, in the metric's better direction. */
export function verdictOf(ci: readonly [number, number] | null, better: BetterWhen): Verdict {
  if (ci === null || (ci[0] <= 0 && ci[1] >= 0)) return 'no clear change';
  const higher = ci[0] > 0;
  return higher === (better === 'higher') ? 'improved' : 'worsened';
}
