/**
 * Percentile bootstrap confidence interval of a difference (after − before) of a statistic,
 * resampling each side's INDEPENDENT UNITS with replacement. What a unit is matters more than how
 * many resamples are drawn: changes shipped by one deployment share its wait, so lead time
 * resamples whole deployments (a cluster bootstrap), and frequency resamples whole weeks. Resampling
 * the correlated events one by one gives intervals too narrow and calls noise a change.
 *
 * The generator is passed in and seeded by the caller, so the same input always gives the same
 * interval: evidence someone cites in a review must not change when the page is reloaded.
 */
import type { Rng } from '../demo/random.js';
import { quantileSorted } from './stats.js';

/** A statistic of a resampled side, given the units drawn (by index into the side's units). */
export type UnitStatistic<U> = (units: readonly U[], drawn: Int32Array) => number | null;

function draw(n: number, rng: Rng, into: Int32Array): Int32Array {
  for (let i = 0; i < n; i++) into[i] = Math.floor(rng.next() * n);
  return into;
}

/** The central `confidence` interval of stat(after*) − stat(before*); null when a side is empty. */
export function bootstrapDifferenceCi<U>(
  before: readonly U[],
  after: readonly U[],
  stat: UnitStatistic<U>,
  rng: Rng,
  resamples: number,
  confidence = 0.95,
): [number, number] | null {
  if (before.length === 0 || after.length === 0 || resamples < 1) return null;
  const drawBefore = new Int32Array(before.length);
  const drawAfter = new Int32Array(after.length);
  const diffs: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const b = stat(before, draw(before.length, rng, drawBefore));
    const a = stat(after, draw(after.length, rng, drawAfter));
    if (a !== null && b !== null) diffs.push(a - b);
  }
  const ordered = Float64Array.from(diffs).sort();
  const tail = (1 - confidence) / 2;
  const lo = quantileSorted(ordered, tail);
  const hi = quantileSorted(ordered, 1 - tail);
  return lo === null || hi === null ? null : [lo, hi];
}

/** The median of the values of the drawn units (each unit one value: recovery times). */
export const medianOfValues: UnitStatistic<number> = (units, drawn) => {
  const values = new Float64Array(drawn.length);
  for (let i = 0; i < drawn.length; i++) values[i] = units[drawn[i]!]!;
  return medianOf(values);
};

/** The median of every value of the drawn clusters pooled (lead times of whole deployments). */
export const medianOfClusters: UnitStatistic<readonly number[]> = (clusters, drawn) => {
  let size = 0;
  for (let i = 0; i < drawn.length; i++) size += clusters[drawn[i]!]!.length;
  const values = new Float64Array(size);
  let k = 0;
  for (let i = 0; i < drawn.length; i++) for (const v of clusters[drawn[i]!]!) values[k++] = v;
  return medianOf(values);
};

/** The true median (type 7 at p = 0.5), sorting in place. */
function medianOf(values: Float64Array): number | null {
  if (values.length === 0) return null;
  values.sort();
  const h = (values.length - 1) / 2;
  const lo = Math.floor(h);
  return values[lo]! + (h - lo) * (values[Math.min(values.length - 1, lo + 1)]! - values[lo]!);
}

/** The mean of plain values; null when there are none. */
export const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);

/** The mean of the values of the drawn units (each unit one value: pages in one on-call shift). */
export const meanOfValues: UnitStatistic<number> = (units, drawn) => {
  if (drawn.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < drawn.length; i++) sum += units[drawn[i]!]!;
  return sum / drawn.length;
};
