import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gini } from './gini.js';

/** The spec's formula, literally: Σᵢ Σⱼ |xᵢ − xⱼ| / (2 n² x̄). */
function giniByDefinition(xs: readonly number[]): number | null {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n === 0 || mean === 0) return null;
  let sum = 0;
  for (const a of xs) for (const b of xs) sum += Math.abs(a - b);
  return sum / (2 * n * n * mean);
}

describe('load Gini', () => {
  it.each([
    [[4, 4, 4, 4], 0],
    [[0, 0, 0, 4], 0.75],
    [[1, 2, 3, 4], 0.25],
    [[0, 10], 0.5],
    [[7], 0],
    [[3, 1, 0, 0, 0, 0], 0.75], // ordered pairs sum 36; 2·36·(2/3) = 48
  ])('%j → %d', (xs, g) => {
    expect(gini(xs)).toBeCloseTo(g, 12);
  });
  it('is null when nobody was paged, or the team is empty', () => {
    expect(gini([0, 0, 0])).toBeNull();
    expect(gini([])).toBeNull();
  });
  it('members without pages count: one person carrying everything on a team of 5 is 0.8', () => {
    expect(gini([12, 0, 0, 0, 0])).toBeCloseTo(0.8, 12);
  });
  it('equals the definition for any counts, and ignores order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(200), { minLength: 1, maxLength: 30 }), (xs) => {
        const g = gini(xs);
        const d = giniByDefinition(xs);
        if (d === null) return g === null;
        return g !== null && Math.abs(g - d) < 1e-12 && Math.abs(gini([...xs].reverse())! - g) < 1e-12;
      }),
    );
  });
});
