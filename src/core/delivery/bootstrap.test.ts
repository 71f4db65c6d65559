/**
 * The prepared bootstrap statistics (a walk up the sorted values, counting each as often as its
 * unit was drawn) must give exactly what sorting each pooled resample gives: the intervals shown
 * beside evidence must not move by a single bit because the computation got faster.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { bootstrapDifferenceCi, medianOfClusters, medianOfValues, type UnitStatistic } from './bootstrap.js';

/** The statistic as it was: pool the drawn units' values, sort them, take the type-7 median. */
function sortedMedian(values: number[]): number | null {
  if (values.length === 0) return null;
  const v = Float64Array.from(values).sort();
  const h = (v.length - 1) / 2;
  const lo = Math.floor(h);
  return v[lo]! + (h - lo) * (v[Math.min(v.length - 1, lo + 1)]! - v[lo]!);
}
const referenceClusters: UnitStatistic<readonly number[]> = (clusters) => (drawn) => sortedMedian([...drawn].flatMap((i) => [...clusters[i]!]));
const referenceValues: UnitStatistic<number> = (units) => (drawn) => sortedMedian([...drawn].map((i) => units[i]!));

// Hours with many ties (whole and half hours) and some spread, as lead and recovery times are.
const hour = fc.oneof(fc.integer({ min: 0, max: 48 }).map((h) => h / 2), fc.double({ min: 0, max: 2000, noNaN: true, noDefaultInfinity: true }).map((h) => Math.abs(h)));
const clusters = fc.array(fc.array(hour, { minLength: 0, maxLength: 6 }), { minLength: 1, maxLength: 30 });
const draws = (units: number) => fc.array(fc.integer({ min: 0, max: units - 1 }), { minLength: units, maxLength: units }).map((d) => Int32Array.from(d));

describe('prepared bootstrap statistics', () => {
  it('the median of drawn clusters equals sorting the pooled resample, for any clusters and draws', () => {
    fc.assert(
      fc.property(clusters.chain((c) => fc.tuple(fc.constant(c), fc.array(draws(c.length), { minLength: 1, maxLength: 5 }))), ([c, drawsList]) => {
        const fast = medianOfClusters(c);
        const slow = referenceClusters(c);
        // The same prepared statistic is reused across draws, as the bootstrap does.
        for (const d of drawsList) expect(fast(d)).toBe(slow(d));
      }),
      { numRuns: 500 },
    );
  });

  it('the median of drawn values equals sorting the resample, for any values and draws', () => {
    fc.assert(
      fc.property(fc.array(hour, { minLength: 1, maxLength: 40 }).chain((v) => fc.tuple(fc.constant(v), fc.array(draws(v.length), { minLength: 1, maxLength: 5 }))), ([v, drawsList]) => {
        const fast = medianOfValues(v);
        const slow = referenceValues(v);
        for (const d of drawsList) expect(fast(d)).toBe(slow(d));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same interval, to the bit, as the sorting statistic with the same seed', () => {
    fc.assert(
      fc.property(clusters, clusters, fc.integer({ min: 1, max: 1000 }), (before, after, seed) => {
        const fast = bootstrapDifferenceCi(before, after, medianOfClusters, new Rng(seed), 300);
        const slow = bootstrapDifferenceCi(before, after, referenceClusters, new Rng(seed), 300);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 100 },
    );
    // A case with a known answer: identical sides give an interval around zero.
    const side = [[1, 2], [3], [4, 5, 6], [2], [8]];
    const ci = bootstrapDifferenceCi(side, side, medianOfClusters, new Rng(1), 2000)!;
    expect(ci[0]).toBeLessThan(0);
    expect(ci[1]).toBeGreaterThan(0);
  });
});
