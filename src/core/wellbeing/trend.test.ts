import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { binomialLowerTail, binomialUpperTail, compareRates } from './rate-test.js';
import { DEFAULT_TREND_RULE, trend } from './trend.js';

describe('exact binomial tails', () => {
  it('match hand-computed values', () => {
    // P(X ≥ 3 | n = 4, p = 0.5) = (4 + 1) / 16.
    expect(binomialUpperTail(3, 4, 0.5)).toBeCloseTo(5 / 16, 12);
    expect(binomialLowerTail(1, 4, 0.5)).toBeCloseTo(5 / 16, 12);
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.3)).toBe(0);
    // P(X ≥ 10 | n = 10, p = 0.1) = 1e-10.
    expect(binomialUpperTail(10, 10, 0.1)).toBeCloseTo(1e-10, 20);
  });
  it('sum to one with the point mass between them', () => {
    const n = 60;
    const p = 0.13;
    for (let k = 0; k <= n; k++) {
      const pmf = binomialUpperTail(k, n, p) - binomialUpperTail(k + 1, n, p);
      expect(binomialLowerTail(k, n, p) + binomialUpperTail(k + 1, n, p)).toBeCloseTo(1, 10);
      expect(pmf).toBeGreaterThanOrEqual(-1e-15);
    }
  });
  it('rates and their ratio', () => {
    expect(compareRates({ events: 8, exposure: 4 }, { events: 52, exposure: 52 })).toMatchObject({ recentRate: 2, baselineRate: 1, ratio: 2 });
    expect(compareRates({ events: 3, exposure: 4 }, { events: 0, exposure: 52 }).ratio).toBeNull();
  });
});

describe('the trend rule', () => {
  it('zero events anywhere is "not enough data", never better or worse', () => {
    expect(trend({ weeks: 4, recentEvents: 0, baselineEvents: 0, baselineExposureWeeks: 52 }).verdict).toBe('not-enough-data');
  });
  it('needs at least minEvents in both periods together', () => {
    expect(trend({ weeks: 4, recentEvents: 6, baselineEvents: 3, baselineExposureWeeks: 52 }).verdict).toBe('not-enough-data');
    expect(trend({ weeks: 4, recentEvents: 7, baselineEvents: 3, baselineExposureWeeks: 52 }).verdict).toBe('higher');
  });
  it('a team with no history is "not enough data" however many recent pages', () => {
    expect(trend({ weeks: 4, recentEvents: 40, baselineEvents: 0, baselineExposureWeeks: 0 }).verdict).toBe('not-enough-data');
  });
  it('flags a clear rise, a clear fall, and calls ordinary wobble usual', () => {
    // Usual 1 a week; 12 in 4 weeks is three times that.
    const up = trend({ weeks: 4, recentEvents: 12, baselineEvents: 52, baselineExposureWeeks: 52 });
    expect(up).toMatchObject({ verdict: 'higher', recentPerWeek: 3, usualPerWeek: 1, ratio: 3, n: 64 });
    expect(up.pHigher).toBeLessThan(0.01);
    expect(trend({ weeks: 13, recentEvents: 2, baselineEvents: 200, baselineExposureWeeks: 52 }).verdict).toBe('lower');
    expect(trend({ weeks: 4, recentEvents: 6, baselineEvents: 52, baselineExposureWeeks: 52 }).verdict).toBe('as-usual');
  });
  it('a threshold at exactly alpha does not flag (p must be below it)', () => {
    const t = trend({ weeks: 4, recentEvents: 12, baselineEvents: 52, baselineExposureWeeks: 52 });
    expect(trend({ weeks: 4, recentEvents: 12, baselineEvents: 52, baselineExposureWeeks: 52 }, { ...DEFAULT_TREND_RULE, alpha: t.pHigher }).verdict).not.toBe('higher');
  });

  /** Poisson draws by inversion: the generator is seeded, so this test gives the same result every run. */
  function poisson(rng: Rng, mean: number): number {
    let k = 0;
    let p = Math.exp(-mean);
    let cdf = p;
    const u = rng.next();
    while (u > cdf && k < 10_000) {
      k++;
      p *= mean / k;
      cdf += p;
    }
    return k;
  }

  it('under no change it rarely flags: < 1.5 % of 4,000 simulated histories at several rates', () => {
    const rng = new Rng(20261206);
    for (const perWeek of [0.3, 1, 3, 8]) {
      for (const weeks of [4, 13]) {
        let higher = 0;
        let lower = 0;
        const runs = 4000;
        for (let r = 0; r < runs; r++) {
          const v = trend({ weeks, recentEvents: poisson(rng, perWeek * weeks), baselineEvents: poisson(rng, perWeek * 52), baselineExposureWeeks: 52 }).verdict;
          if (v === 'higher') higher++;
          if (v === 'lower') lower++;
        }
        expect(higher / runs, `higher at ${perWeek}/week over ${weeks} weeks`).toBeLessThan(0.015);
        expect(lower / runs, `lower at ${perWeek}/week over ${weeks} weeks`).toBeLessThan(0.015);
      }
    }
  });
  it('and it does see a doubling at ordinary page rates (power, so the rule is not silent)', () => {
    const rng = new Rng(7);
    let higher = 0;
    for (let r = 0; r < 1000; r++) {
      if (trend({ weeks: 13, recentEvents: poisson(rng, 2 * 3 * 13), baselineEvents: poisson(rng, 3 * 52), baselineExposureWeeks: 52 }).verdict === 'higher') higher++;
    }
    expect(higher / 1000).toBeGreaterThan(0.9);
  });
});
