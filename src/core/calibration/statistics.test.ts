import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { bootstrapAlpha } from './alpha-bootstrap.js';
import { fleiss1971, krippendorff2011, shroutFleiss1979 } from './calibration.test-vectors.js';
import { fleissKappa } from './fleiss.js';
import { intraclassCorrelations } from './icc.js';
import { alphaReading, krippendorffAlpha, pairableData } from './krippendorff.js';

describe("Krippendorff's alpha on Krippendorff (2011)", () => {
  it.each([
    ['nominal', 0.743],
    ['ordinal', 0.815],
    ['interval', 0.849],
    ['ratio', 0.797],
  ] as const)('%s alpha is %s and n is 40 (unit 12 has one value and drops out)', (metric, expected) => {
    const r = krippendorffAlpha(krippendorff2011, metric);
    expect(r.alpha).toBeCloseTo(expected, 3);
    expect(r.n).toBe(40);
  });

  it('is undefined, not 1 or 0, when every value is the same', () => {
    const same = ['a', 'b', 'c'].flatMap((rater) => ['u1', 'u2'].map((unit) => ({ rater, unit, value: 3 })));
    expect(krippendorffAlpha(same, 'ordinal').alpha).toBeNull();
    expect(alphaReading(null)).toBe('undefined');
  });

  it('reads 0.800 as reliable and 0.667 as tentative, exactly at the thresholds', () => {
    expect(alphaReading(0.8)).toBe('reliable');
    expect(alphaReading(0.7999)).toBe('tentative');
    expect(alphaReading(0.667)).toBe('tentative');
    expect(alphaReading(0.6669)).toBe('unreliable');
  });

  it('has a bootstrap interval around the point estimate, the same for the same seed', () => {
    const data = pairableData(krippendorff2011);
    const a = bootstrapAlpha(data, 'ordinal', new Rng(7), 2000)!;
    const b = bootstrapAlpha(data, 'ordinal', new Rng(7), 2000)!;
    expect(a).toEqual(b);
    expect(a.low).toBeLessThan(0.815);
    expect(a.high).toBeGreaterThan(0.815);
    expect(a.high).toBeLessThanOrEqual(1);
  });
});

describe("Fleiss' kappa on Fleiss (1971)", () => {
  it('is 0.430', () => {
    const r = fleissKappa(fleiss1971);
    expect(r.kappa).toBeCloseTo(0.43, 3);
    expect(r).toMatchObject({ units: 30, raters: 6 });
  });

  it('refuses units with different numbers of raters', () => {
    expect(() => fleissKappa([[1, 1], [2, 1]])).toThrow(/same number of raters/);
  });
});

describe('ICC on Shrout & Fleiss (1979)', () => {
  it('gives the six published forms', () => {
    const r = intraclassCorrelations(shroutFleiss1979)!;
    expect(r.icc1_1).toBeCloseTo(0.166, 2);
    expect(r.icc2_1).toBeCloseTo(0.29, 2);
    expect(r.icc3_1).toBeCloseTo(0.715, 2);
    expect(r.icc1_k).toBeCloseTo(0.443, 2);
    expect(r.icc2_k).toBeCloseTo(0.62, 2);
    expect(r.icc3_k).toBeCloseTo(0.909, 2);
    // Published to two decimals; these are the same figures to three.
    expect(r.icc1_1.toFixed(2)).toBe('0.17');
    expect(r.icc3_1.toFixed(2)).toBe('0.71');
    expect(r.icc1_k.toFixed(2)).toBe('0.44');
    expect(r.icc3_k.toFixed(2)).toBe('0.91');
  });

  it('needs at least two targets and two judges', () => {
    expect(intraclassCorrelations([[1, 2]])).toBeNull();
  });
});
