/**
 * Order statistics on raw values. Trellis keeps raw events so it can compute TRUE medians
 * (never medians of daily medians, never the lower median), and every percentile uses one method.
 *
 * Method: linear interpolation between closest ranks (Hyndman & Fan type 7, the default of R,
 * NumPy and spreadsheet PERCENTILE.INC). Why: at p = 0.5 it is exactly the textbook median
 * (the mean of the two middle values for even n), so the median and p75/p90 are one consistent
 * family, and it is what a reader reproducing a figure in a spreadsheet will get.
 */

/**
 * Ascending copy; the input is left untouched. A typed array sorts numbers natively (several
 * times faster than a comparator on a large team's lead times); the order is the same.
 */
export function sorted(values: readonly number[]): Float64Array {
  return Float64Array.from(values).sort();
}

/** The p-quantile (0 ≤ p ≤ 1) of already sorted values; null when there are none. */
export function quantileSorted(ascending: ArrayLike<number>, p: number): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = ascending[lo]!;
  const b = ascending[hi]!;
  return a + (h - lo) * (b - a);
}

export function quantile(values: readonly number[], p: number): number | null {
  return quantileSorted(sorted(values), p);
}

/** The true median: the middle value, or the mean of the two middle values for even n. */
export function median(values: readonly number[]): number | null {
  return quantile(values, 0.5);
}

/** a ÷ b, or null when b is 0: "no deployments" is not a 0% failure rate. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export function hours(ms: number): number {
  return ms / 3_600_000;
}
