/**
 * Krippendorff's alpha: agreement among any number of raters, with missing values, for nominal,
 * ordinal, interval and ratio data (Krippendorff 2011, "Computing Krippendorff's alpha-reliability").
 *
 * Why alpha and not kappa for ratings: calibration has missing ratings (not every manager rates
 * every sample packet) and ordered scales ("needs support" < "strong" < "exceeds"); alpha handles
 * both, kappa neither. α = 1 − D_o / D_e, from the coincidence matrix o_ck: each unit with m ≥ 2
 * values adds 1/(m−1) per ordered pair of values from different raters. Units with one value
 * carry no information about agreement and drop out (they are not counted in n).
 *
 * The unit contributions are kept separate (`UnitPairs`) so a bootstrap can re-add resampled
 * units without touching the raw ratings again (see alpha-bootstrap.ts).
 */
import { valuesByUnit, type Rating } from './ratings.js';

export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';
export const alphaMetrics: readonly AlphaMetric[] = ['nominal', 'ordinal', 'interval', 'ratio'];

/** One pairable unit's contribution to the coincidence matrix, over the value index. */
export interface UnitPairs {
  /** Flat cell index c * K + k for each ordered pair's cell. */
  cells: Uint32Array;
  weights: Float64Array;
}

/**
 * Pairable units, stored by pattern: a unit's contribution depends only on the multiset of its
 * values, so 10,000 units of three ratings on a four-point scale share at most 20 patterns.
 * A bootstrap replicate then counts drawn units per pattern instead of re-adding each unit.
 */
export interface PairableData {
  /** The distinct values, ascending; a value's index is its position here. */
  values: number[];
  patterns: UnitPairs[];
  /** For each pairable unit, the index of its pattern. */
  unitPattern: Uint32Array;
}

/** Build each unit's ordered-pair contributions; units with fewer than 2 values are left out. */
export function pairableData(ratings: readonly Rating[]): PairableData {
  const byUnit = valuesByUnit(ratings);
  const values = [...new Set(ratings.map((r) => r.value))].sort((a, b) => a - b);
  const index = new Map(values.map((v, i) => [v, i]));
  const K = values.length;
  const patterns: UnitPairs[] = [];
  const patternOf = new Map<string, number>();
  const unitPattern: number[] = [];
  for (const list of byUnit.values()) {
    const m = list.length;
    if (m < 2) continue;
    const key = list.map((v) => index.get(v)!).sort((a, b) => a - b).join(',');
    let p = patternOf.get(key);
    if (p === undefined) {
      // Aggregate equal cells within the unit: m(m−1) ordered pairs collapse to at most K² cells.
      const acc = new Map<number, number>();
      for (let i = 0; i < m; i++) {
        for (let j = 0; j < m; j++) {
          if (i === j) continue;
          const cell = index.get(list[i]!)! * K + index.get(list[j]!)!;
          acc.set(cell, (acc.get(cell) ?? 0) + 1 / (m - 1));
        }
      }
      p = patterns.length;
      patterns.push({ cells: Uint32Array.from(acc.keys()), weights: Float64Array.from(acc.values()) });
      patternOf.set(key, p);
    }
    unitPattern.push(p);
  }
  return { values, patterns, unitPattern: Uint32Array.from(unitPattern) };
}

/** The coincidence matrix (K × K, row-major) of `counts[p]` units of each pattern p. */
export function coincidencesOf(K: number, patterns: readonly UnitPairs[], counts: ArrayLike<number>): Float64Array {
  const o = new Float64Array(K * K);
  patterns.forEach((u, p) => {
    const times = counts[p]!;
    if (times === 0) return;
    for (let i = 0; i < u.cells.length; i++) o[u.cells[i]!]! += times * u.weights[i]!;
  });
  return o;
}

/** The coincidence matrix of all pairable units. */
export function coincidences(data: PairableData): Float64Array {
  const counts = new Float64Array(data.patterns.length);
  for (const p of data.unitPattern) counts[p]! += 1;
  return coincidencesOf(data.values.length, data.patterns, counts);
}

/** δ²(c, k) for values at indices c and k, given the value marginals n_g (for ordinal). */
function deltaSquared(metric: AlphaMetric, values: readonly number[], marginals: Float64Array, c: number, k: number): number {
  if (c === k) return 0;
  const a = values[c]!;
  const b = values[k]!;
  switch (metric) {
    case 'nominal':
      return 1;
    case 'interval':
      return (a - b) ** 2;
    case 'ratio':
      return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
    case 'ordinal': {
      const lo = Math.min(c, k);
      const hi = Math.max(c, k);
      let sum = 0;
      for (let g = lo; g <= hi; g++) sum += marginals[g]!;
      return (sum - (marginals[c]! + marginals[k]!) / 2) ** 2;
    }
  }
}

export interface AlphaFromMatrix {
  alpha: number | null;
  /** Pairable values: Σ n_c. */
  n: number;
}

/**
 * α from a coincidence matrix. null when it is undefined: fewer than 2 pairable values, or no
 * expected disagreement at all (every value the same — agreement cannot be told from chance).
 */
export function alphaFromCoincidences(metric: AlphaMetric, values: readonly number[], o: Float64Array): AlphaFromMatrix {
  const K = values.length;
  const marginals = new Float64Array(K);
  for (let c = 0; c < K; c++) for (let k = 0; k < K; k++) marginals[c]! += o[c * K + k]!;
  let n = 0;
  for (let c = 0; c < K; c++) n += marginals[c]!;
  if (n < 2) return { alpha: null, n: Math.round(n) };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < K; c++) {
    for (let k = 0; k < K; k++) {
      if (c === k) continue;
      const d = deltaSquared(metric, values, marginals, c, k);
      observed += o[c * K + k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  expected /= n - 1;
  // n is a sum of 1/(m−1) fractions; it is an integer count of values up to rounding.
  const count = Math.round(n);
  if (expected === 0) return { alpha: null, n: count };
  return { alpha: 1 - observed / expected, n: count };
}

/** Krippendorff's alpha of the ratings for one metric. */
export function krippendorffAlpha(ratings: readonly Rating[], metric: AlphaMetric): AlphaFromMatrix {
  const data = pairableData(ratings);
  return alphaFromCoincidences(metric, data.values, coincidences(data));
}

/** How Krippendorff suggests reading alpha: ≥ 0.800 reliable, ≥ 0.667 tentative, below that not. */
export function alphaReading(alpha: number | null): 'reliable' | 'tentative' | 'unreliable' | 'undefined' {
  if (alpha === null) return 'undefined';
  if (alpha >= 0.8) return 'reliable';
  if (alpha >= 0.667) return 'tentative';
  return 'unreliable';
}
