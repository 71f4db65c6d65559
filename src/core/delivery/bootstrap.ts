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

/**
 * A statistic of resamples of one side. It is prepared once per side (sorting, indexing) and then
 * evaluated for each draw of that side's units (indices into them): 4,000 resamples of a busy
 * team's lead times would otherwise sort the same values 8,000 times.
 */
export type UnitStatistic<U> = (units: readonly U[]) => (drawn: Int32Array) => number | null;

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
  const statBefore = stat(before);
  const statAfter = stat(after);
  const drawBefore = new Int32Array(before.length);
  const drawAfter = new Int32Array(after.length);
  const diffs: number[] = [];
  for (let i = 0; i < resamples; i++) {
    const b = statBefore(draw(before.length, rng, drawBefore));
    const a = statAfter(draw(after.length, rng, drawAfter));
    if (a !== null && b !== null) diffs.push(a - b);
  }
  const ordered = Float64Array.from(diffs).sort();
  const tail = (1 - confidence) / 2;
  const lo = quantileSorted(ordered, tail);
  const hi = quantileSorted(ordered, 1 - tail);
  return lo === null || hi === null ? null : [lo, hi];
}

/**
 * Every value of every unit in ascending order with the unit it belongs to: a resample is then
 * only how many times each unit was drawn, and its median a walk up this list counting each value
 * as often as its unit was drawn — the same value a sort of the pooled resample gives, without
 * the sort. (Durations here are never NaN or −0, where a sort's order would matter.)
 */
interface WeightedValues {
  sorted: Float64Array;
  unitOf: Int32Array;
  /** Times each unit was drawn in the current resample. */
  drawn: Int32Array;
}

function weightedValues(units: number, values: Float64Array, unitOf: Int32Array): WeightedValues {
  const order = Array.from({ length: values.length }, (_, i) => i).sort((a, b) => values[a]! - values[b]!);
  return { sorted: Float64Array.from(order, (i) => values[i]!), unitOf: Int32Array.from(order, (i) => unitOf[i]!), drawn: new Int32Array(units) };
}

/** The median (type 7 at p = 0.5) of the values, each counted as often as its unit was drawn; `size` their total. */
function weightedMedian(w: WeightedValues, size: number): number | null {
  if (size === 0) return null;
  const h = (size - 1) / 2;
  const lo = Math.floor(h);
  const hi = Math.min(size - 1, lo + 1);
  const { sorted, unitOf, drawn } = w;
  let seen = 0;
  let j = 0;
  let low = NaN;
  for (; j < sorted.length; j++) {
    seen += drawn[unitOf[j]!]!;
    if (seen > lo) {
      low = sorted[j]!;
      break;
    }
  }
  let high = low;
  if (seen <= hi) {
    for (j++; j < sorted.length; j++) {
      seen += drawn[unitOf[j]!]!;
      if (seen > hi) {
        high = sorted[j]!;
        break;
      }
    }
  }
  return low + (h - lo) * (high - low);
}

/** The median of every value of the drawn clusters pooled (lead times of whole deployments). */
export const medianOfClusters: UnitStatistic<readonly number[]> = (clusters) => {
  let total = 0;
  for (const c of clusters) total += c.length;
  const values = new Float64Array(total);
  const unitOf = new Int32Array(total);
  let k = 0;
  clusters.forEach((c, unit) => {
    for (const v of c) {
      values[k] = v;
      unitOf[k++] = unit;
    }
  });
  const w = weightedValues(clusters.length, values, unitOf);
  return (drawn) => {
    w.drawn.fill(0);
    let size = 0;
    for (let i = 0; i < drawn.length; i++) {
      w.drawn[drawn[i]!]!++;
      size += clusters[drawn[i]!]!.length;
    }
    return weightedMedian(w, size);
  };
};

/** The median of the values of the drawn units (each unit one value: recovery times): clusters of one. */
export const medianOfValues: UnitStatistic<number> = (units) => medianOfClusters(units.map((v) => [v]));

/** The mean of plain values; null when there are none. */
export const mean = (values: readonly number[]): number | null => (values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length);

/** The mean of the values of the drawn units (each unit one value: pages in one on-call shift). */
export const meanOfValues: UnitStatistic<number> = (units) => (drawn) => {
  if (drawn.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < drawn.length; i++) sum += units[drawn[i]!]!;
  return sum / drawn.length;
};
