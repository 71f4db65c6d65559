import { describe, expect, it } from 'vitest';
import { newcombeDifference, wilsonInterval } from './proportion-interval.js';

describe('intervals for rates', () => {
  it('Wilson is honest at 0 and n events (not [0, 0])', () => {
    const [lo, hi] = wilsonInterval(0, 10)!;
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.2775, 4);
    const [lo2, hi2] = wilsonInterval(10, 10)!;
    expect(lo2).toBeCloseTo(0.7225, 4);
    expect(hi2).toBe(1);
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('Newcombe hybrid score interval matches the published example (Newcombe 1998, 56/70 − 48/80: 0.0524 to 0.3339)', () => {
    const [lo, hi] = newcombeDifference(48, 80, 56, 70)!;
    expect(lo).toBeCloseTo(0.0524, 4);
    expect(hi).toBeCloseTo(0.3339, 4);
  });

  it('4 failures in 30 before and 0 in 30 after: the interval includes zero (Fisher p = 0.11)', () => {
    const [lo, hi] = newcombeDifference(4, 30, 0, 30)!;
    expect(lo).toBeLessThan(0);
    expect(hi).toBeGreaterThan(0);
  });
});
