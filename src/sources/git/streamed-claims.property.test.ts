import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CommitGraph } from './reachability-oracle.test-helpers.js';
import { OrderBroken, StreamedClaims } from './streamed-claims.js';

/**
 * A history: commit i has parents among commits < i (older), sometimes one beyond a shallow
 * boundary ("gone"); some commits are deployed, in an arbitrary shipping order.
 */
const history = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      parents: fc.tuple(...Array.from({ length: n }, (_, i) => fc.uniqueArray(fc.integer({ min: -1, max: i - 1 }), { maxLength: i === 0 ? 1 : 3 }))),
      deployed: fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: Math.min(n, 8) }),
      order: fc.shuffledSubarray(Array.from({ length: n }, (_, i) => i), { minLength: n, maxLength: n }),
    }),
  );

const sha = (i: number) => (i < 0 ? 'gone' : `c${i}`);

/** What each deployment ships, by the streamed claims over the commits in `order`. */
function streamed(parents: number[][], deployed: number[], order: number[]): string[][] {
  const claims = new StreamedClaims(deployed.map(sha));
  const lists: string[][] = deployed.map(() => []);
  for (const i of order) {
    const k = claims.next(sha(i), parents[i]!.map(sha));
    if (k !== undefined) lists[k]!.push(sha(i));
  }
  return lists.map((l) => l.sort());
}

function oracle(parents: number[][], deployed: number[]): string[][] {
  const graph = new CommitGraph();
  parents.forEach((ps, i) => graph.add(sha(i), ps.map(sha)));
  return graph.claim(deployed.map(sha));
}

describe('StreamedClaims', () => {
  it('gives every commit to the earliest deployment reaching it when children come first', () => {
    fc.assert(
      fc.property(history, ({ parents, deployed }) => {
        const newestFirst = parents.map((_, i) => i).reverse();
        expect(streamed(parents, deployed, newestFirst)).toEqual(oracle(parents, deployed));
      }),
      { numRuns: 500 },
    );
  });

  it('in any other order, either agrees with the full walk or says the order broke', () => {
    fc.assert(
      fc.property(history, ({ parents, deployed, order }) => {
        let got: string[][] | undefined;
        try {
          got = streamed(parents, deployed, order);
        } catch (e) {
          expect(e).toBeInstanceOf(OrderBroken);
          // It broke for a reason: some parent really came before its child.
          const at = new Map(order.map((c, pos) => [c, pos]));
          expect(order.some((c) => parents[c]!.some((p) => p >= 0 && at.get(p)! < at.get(c)!))).toBe(true);
          return;
        }
        expect(got).toEqual(oracle(parents, deployed));
      }),
      { numRuns: 500 },
    );
  });

  it('names the child and the parent that came before it', () => {
    const claims = new StreamedClaims(['b']);
    claims.next('a', []);
    expect(() => claims.next('b', ['a'])).toThrow(new OrderBroken('b', 'a'));
  });
});
