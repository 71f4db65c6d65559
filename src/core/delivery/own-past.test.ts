import { describe, expect, it } from 'vitest';
import { binomialTwoSided, mannWhitney, newcombeDifference, ownPast, wilson, type PeriodFigures } from './own-past.js';

const period = (deployments: number, failed: number, leadTimes: number[] = [], days = 90): PeriodFigures => ({
  deployments,
  failed,
  days,
  leadTimes: leadTimes.map((hours, i) => ({ deployment: `d${i}`, hours })),
});

describe('a team against its own past', () => {
  it('gives no verdict without enough events each side: "not enough data", never a trend', () => {
    const t = ownPast(period(3, 1), period(4, 0));
    expect(t.deploymentFrequency.verdict).toBe('not enough data');
    expect(t.changeFailureRate.verdict).toBe('not enough data');
    expect(t.leadTime.verdict).toBe('not enough data');
    expect(t.changeFailureRate).toMatchObject({ nPrevious: 3, nCurrent: 4 });
    // 4/30 failures before vs 0/30 after is not a clear change (Fisher p = 0.11): steady, not "improving".
    expect(ownPast(period(30, 4), period(30, 0)).changeFailureRate.verdict).toBe('steady');
  });

  it('calls a clear change in frequency and failure rate, in the direction that is better', () => {
    const t = ownPast(period(120, 30), period(200, 8));
    expect(t.deploymentFrequency.verdict).toBe('improving');
    expect(t.deploymentFrequency.current).toBeCloseTo((200 / 90) * 7, 10);
    expect(t.changeFailureRate.verdict).toBe('improving');
    expect(ownPast(period(200, 8), period(120, 30)).changeFailureRate.verdict).toBe('worsening');
    expect(ownPast(period(100, 5), period(104, 5)).deploymentFrequency.verdict).toBe('steady');
  });

  it('compares lead times per deployment, lower is better', () => {
    const slow = Array.from({ length: 15 }, (_, i) => 40 + i);
    const fast = Array.from({ length: 15 }, (_, i) => 5 + i);
    expect(ownPast(period(15, 0, slow), period(15, 0, fast)).leadTime).toMatchObject({ verdict: 'improving', nPrevious: 15, nCurrent: 15 });
    expect(ownPast(period(15, 0, fast), period(15, 0, slow)).leadTime.verdict).toBe('worsening');
    // Changes shipped together are one unit: 40 changes in 4 deployments are 4 values, not enough.
    const batched: PeriodFigures = { deployments: 4, failed: 0, days: 90, leadTimes: Array.from({ length: 40 }, (_, i) => ({ deployment: `b${i % 4}`, hours: i })) };
    expect(ownPast(batched, batched).leadTime).toMatchObject({ verdict: 'not enough data', nPrevious: 4 });
  });

  it('on data with no real change, calls a change about 5% of the time or less', () => {
    // A seeded generator (no Math.random): Poisson-ish counts and failures from the same rates each side.
    let s = 12345;
    const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const binom = (n: number, p: number) => Array.from({ length: n }, rand).filter((u) => u < p).length;
    let called = 0;
    const runs = 300;
    for (let r = 0; r < runs; r++) {
      const a = binom(400, 0.25);
      const b = binom(400, 0.25);
      const t = ownPast(period(a, binom(a, 0.1)), period(b, binom(b, 0.1)));
      if (t.changeFailureRate.verdict === 'improving' || t.changeFailureRate.verdict === 'worsening') called++;
      if (t.deploymentFrequency.verdict === 'improving' || t.deploymentFrequency.verdict === 'worsening') called++;
    }
    expect(called / (2 * runs)).toBeLessThan(0.08);
  });
});

describe('the tests behind it', () => {
  it('exact binomial: symmetric outcomes, known values', () => {
    expect(binomialTwoSided(5, 10)).toBeCloseTo(1, 10);
    expect(binomialTwoSided(0, 10)).toBeCloseTo(2 / 1024, 10);
    expect(binomialTwoSided(2, 10)).toBeCloseTo(0.109375, 6);
  });

  it('Wilson and Newcombe intervals stay honest at zero events', () => {
    const [lo, hi] = wilson(0, 30);
    expect(lo).toBe(0);
    expect(hi).toBeCloseTo(0.1135, 3);
    // Newcombe (1998) example: 56/70 − 48/80 → [0.0524, 0.3339].
    const [a, b] = newcombeDifference(56, 70, 48, 80);
    expect(a).toBeCloseTo(0.0524, 3);
    expect(b).toBeCloseTo(0.3339, 3);
  });

  it('Mann–Whitney: identical samples are p = 1, separated ones small', () => {
    expect(mannWhitney([1, 2, 3, 4, 5], [1, 2, 3, 4, 5]).p).toBeCloseTo(1, 5);
    const r = mannWhitney([10, 11, 12, 13, 14, 15, 16, 17, 18, 19], [1, 2, 3, 4, 5, 6, 7, 8, 9, 9.5]);
    expect(r.currentHigher).toBe(true);
    expect(r.p).toBeLessThan(0.001);
  });
});
