import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { median, quantile, ratio } from './stats.js';

describe('stats', () => {
  it('true median: the mean of the two middle values for even n (not the lower median)', () => {
    expect(median([24, 21])).toBe(22.5);
    expect(median([1, 2, 3])).toBe(2);
    expect(median([])).toBeNull();
  });

  it('percentiles interpolate linearly between closest ranks (type 7)', () => {
    expect(quantile([1, 2, 3, 4], 0.75)).toBe(3.25);
    expect(quantile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
    expect(quantile([5], 0.9)).toBe(5);
  });

  it('ratio of nothing is null', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });

  it('property: the median and every percentile lie between min and max', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (xs, p) => {
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        for (const v of [median(xs)!, quantile(xs, p)!]) {
          expect(v).toBeGreaterThanOrEqual(lo);
          expect(v).toBeLessThanOrEqual(hi);
        }
      }),
    );
  });
});
