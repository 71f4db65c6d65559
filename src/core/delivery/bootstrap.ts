/**
 * Percentile bootstrap confidence interval of a difference (after − before) of a statistic,
 * resampling each side independently with replacement. The generator is passed in and seeded by
 * the caller, so the same input always gives the same interval: evidence someone cites in a review
 * must not change when the page is reloaded.
 */
import type { Rng } from '../demo/random.js';
import { quantileSorted, sorted } from './stats.js';

export type Statistic = (values: readonly number[]) => number | null;

function resample(values: readonly number[], rng: Rng): number[] {
  const out = new Array<number>(values.length);
  for (let i = 0; i < values.length; i++) out[i] = values[Math.floor(rng.next() * values.length)]!;
  return out;
}

/** The central `confidence` interval of stat(after*) − stat(before*); null when a side is empty. */
export function bootstrapDifferenceCi(
  before: readonly number[],
  after: readonly number[],
  stat: Statistic,
  rng: Rng,
  resamples: number,
  confidence = 0.95,
): [number, number] | null {
  if (before.length === 0 || after.length === 0 || resamples < 1) return null;
  const diffs: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const b = stat(resample(before, rng));
    const a = stat(resample(after, rng));
    if (a !== null && b !== null) diffs.push(a - b);
  }
  const ordered = sorted(diffs);
  const tail = (1 - confidence) / 2;
  const lo = quantileSorted(ordered, tail);
  const hi = quantileSorted(ordered, 1 - tail);
  return lo === null || hi === null ? null : [lo, hi];
}

export const mean: Statistic = (values) => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);
