/**
 * A bootstrap confidence interval for Krippendorff's alpha, resampling whole units.
 *
 * Why units: the ratings of one unit are not independent of each other (that dependence is the
 * very agreement being measured); units are. Each replicate draws as many units as there are,
 * with replacement, counts them per value pattern and recomputes alpha from the patterns'
 * precomputed pair contributions. The raw ratings are never touched again, which keeps 1,000
 * replicates over 10,000 units well under a second. The generator is passed in and seeded by the caller, so a figure shown in a
 * calibration session does not change on reload.
 */
import type { Rng } from '../demo/random.js';
import { quantileSorted } from '../delivery/stats.js';
import { alphaFromCoincidences, coincidencesOf, type AlphaMetric, type PairableData } from './krippendorff.js';

export interface AlphaInterval {
  low: number;
  high: number;
  confidence: number;
  resamples: number;
}

export function bootstrapAlpha(
  data: PairableData,
  metric: AlphaMetric,
  rng: Rng,
  resamples = 1000,
  confidence = 0.95,
): AlphaInterval | null {
  const U = data.unitPattern.length;
  const K = data.values.length;
  if (U < 2 || resamples < 1) return null;
  const alphas: number[] = [];
  const counts = new Float64Array(data.patterns.length);
  for (let r = 0; r < resamples; r++) {
    counts.fill(0);
    for (let i = 0; i < U; i++) counts[data.unitPattern[Math.floor(rng.next() * U)]!]! += 1;
    const { alpha } = alphaFromCoincidences(metric, data.values, coincidencesOf(K, data.patterns, counts));
    if (alpha !== null) alphas.push(alpha);
  }
  // A replicate whose units all agree on one value has no defined alpha; if most do, say nothing.
  if (alphas.length < resamples / 2) return null;
  alphas.sort((a, b) => a - b);
  const tail = (1 - confidence) / 2;
  return {
    low: quantileSorted(alphas, tail)!,
    high: quantileSorted(alphas, 1 - tail)!,
    confidence,
    resamples: alphas.length,
  };
}
