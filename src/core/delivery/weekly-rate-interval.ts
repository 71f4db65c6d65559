/**
 * The interval of a difference in deployments per week, from whole weeks. Deployments cluster in
 * busy and quiet weeks, so the day or the deployment is not an independent unit; the week is.
 * With 13 weeks a side (90 days) a bootstrap of weeks is too narrow (it divides by n, not n − 1,
 * and its tails are short), so this is Welch's t interval on the weekly rates: analytic, with
 * the small-sample t quantile, and the same answer for every run.
 */
import { Z95 } from './proportion-interval.js';

/** A block of calendar time and what happened in it (frequency: a week and its deployments). */
export interface CountBlock {
  count: number;
  days: number;
}

interface RateEstimate {
  /** Events per week over the whole side. */
  rate: number;
  /** Variance of that rate (ratio estimator over blocks: a short last block weighs less). */
  variance: number;
  blocks: number;
}

function estimate(blocks: readonly CountBlock[]): RateEstimate | null {
  const k = blocks.length;
  const days = blocks.reduce((s, b) => s + b.days, 0);
  if (k < 2 || days === 0) return null;
  const rate = (blocks.reduce((s, b) => s + b.count, 0) / days) * 7;
  let sum = 0;
  for (const b of blocks) sum += (b.days * ((b.count / b.days) * 7 - rate)) ** 2;
  return { rate, variance: (k / (k - 1)) * (sum / (days * days)), blocks: k };
}

/**
 * Quantile of Student's t at 0.975 for `df` degrees of freedom (Cornish–Fisher expansion around
 * the normal; within 0.002 of the exact value from 3 degrees of freedom up).
 */
export function t975(df: number): number {
  const z = Z95;
  if (!Number.isFinite(df)) return z;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  const z9 = z ** 9;
  return (
    z +
    (z3 + z) / (4 * df) +
    (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) +
    (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3) +
    (79 * z9 + 776 * z7 + 1482 * z5 - 1920 * z3 - 945 * z) / (92160 * df ** 4)
  );
}

/** 95% interval of rate(after) − rate(before), events per week; null with fewer than two blocks a side. */
export function weeklyRateDifference(before: readonly CountBlock[], after: readonly CountBlock[]): [number, number] | null {
  const b = estimate(before);
  const a = estimate(after);
  if (b === null || a === null) return null;
  const d = a.rate - b.rate;
  const se2 = a.variance + b.variance;
  if (se2 === 0) return [d, d];
  // Welch–Satterthwaite degrees of freedom.
  const df = se2 ** 2 / (a.variance ** 2 / (a.blocks - 1) + b.variance ** 2 / (b.blocks - 1));
  const half = t975(Math.max(1, df)) * Math.sqrt(se2);
  return [d - half, d + half];
}
