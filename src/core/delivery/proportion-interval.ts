/**
 * Analytic intervals for rates (change failure rate, rework rate). A bootstrap of 0/30 failures
 * resamples nothing but zeros and claims certainty ([0, 0]); Wilson's score interval stays honest
 * at 0 and at n events, and Newcombe's hybrid score interval (method 10 of Newcombe 1998) builds
 * the interval of a difference of two independent proportions from the two Wilson intervals.
 * No randomness: the same counts always give the same interval.
 */

/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;

/** Wilson score interval of x successes in n trials; null when n is 0. */
export function wilsonInterval(x: number, n: number, z = Z95): [number, number] | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 and n events the ends are exactly 0 and 1 (rounding would leave 1e-17 either side).
  return [x === 0 ? 0 : Math.max(0, centre - half), x === n ? 1 : Math.min(1, centre + half)];
}

/**
 * Newcombe's hybrid score interval of p_after − p_before, where p = x / n on each side; null
 * when a side has no trials.
 */
export function newcombeDifference(xBefore: number, nBefore: number, xAfter: number, nAfter: number, z = Z95): [number, number] | null {
  const before = wilsonInterval(xBefore, nBefore, z);
  const after = wilsonInterval(xAfter, nAfter, z);
  if (before === null || after === null) return null;
  const p1 = xBefore / nBefore;
  const p2 = xAfter / nAfter;
  const d = p2 - p1;
  const lower = d - Math.sqrt((p2 - after[0]) ** 2 + (before[1] - p1) ** 2);
  const upper = d + Math.sqrt((after[1] - p2) ** 2 + (p1 - before[0]) ** 2);
  return [Math.max(-1, lower), Math.min(1, upper)];
}
