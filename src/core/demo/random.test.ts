import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Rng, hash32 } from './random.js';

const draw = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.uint32());

describe('Rng', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    expect(draw(new Rng(1), 50)).toEqual(draw(new Rng(1), 50));
    expect(draw(new Rng(1), 50)).not.toEqual(draw(new Rng(2), 50));
  });

  it('forks streams that depend on the label, not on how much of the parent was used', () => {
    const a = new Rng(9);
    const b = new Rng(9);
    draw(b, 100);
    expect(draw(a.fork('x'), 20)).toEqual(draw(b.fork('x'), 20));
    expect(draw(a.fork('x'), 20)).not.toEqual(draw(a.fork('y'), 20));
  });

  it('keeps int, float and pick within their bounds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (seed, lo, width) => {
        const rng = new Rng(seed);
        const i = rng.int(lo, lo + width);
        const f = rng.float(lo, lo + width + 1);
        return Number.isInteger(i) && i >= lo && i <= lo + width && f >= lo && f < lo + width + 1;
      }),
    );
  });

  it('has means close to what was asked for', () => {
    const rng = new Rng(5);
    const mean = (f: () => number, n = 20_000) => Array.from({ length: n }, f).reduce((a, b) => a + b, 0) / n;
    expect(mean(() => rng.next())).toBeCloseTo(0.5, 1);
    expect(mean(() => rng.normal(3, 2))).toBeCloseTo(3, 1);
    expect(mean(() => rng.poisson(4))).toBeCloseTo(4, 1);
    expect(mean(() => rng.poisson(120)) / 120).toBeCloseTo(1, 1);
    expect(mean(() => rng.binomial(1000, 0.01))).toBeCloseTo(10, 0);
    expect(mean(() => (rng.chance(0.3) ? 1 : 0))).toBeCloseTo(0.3, 1);
    const logs = Array.from({ length: 20_001 }, () => rng.lognormal(10, 1)).sort((a, b) => a - b);
    expect(logs[10_000]! / 10).toBeCloseTo(1, 0);
  });

  it('never returns a binomial outside 0..n', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 0, max: 5000 }), fc.double({ min: 0, max: 1, noNaN: true }), (seed, n, p) => {
        const k = new Rng(seed).binomial(n, p);
        return Number.isInteger(k) && k >= 0 && k <= n;
      }),
    );
  });

  it('makes 40-digit lower-case hex ids', () => {
    const rng = new Rng(3);
    const ids = Array.from({ length: 1000 }, () => rng.hex(40));
    expect(ids.every((id) => /^[0-9a-f]{40}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(1000);
  });

  it('hashes strings stably', () => {
    expect(hash32('lumen')).toBe(hash32('lumen'));
    expect(hash32('lumen')).not.toBe(hash32('lumen', 1));
  });
});
