import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findCycles, reportingLine } from './cycles.js';

describe('findCycles', () => {
  it('finds none in a tree', () => {
    const m = new Map([['a', null], ['b', 'a'], ['c', 'a'], ['d', 'b']]);
    expect(findCycles(m)).toEqual([]);
  });

  it('finds a two-person cycle, listed from the smallest id', () => {
    const m = new Map([['x', 'w'], ['w', 'x'], ['a', null]]);
    expect(findCycles(m)).toEqual([['w', 'x']]);
  });

  it('finds a longer cycle reached through a chain', () => {
    const m = new Map([['e', 'd'], ['d', 'c'], ['c', 'b'], ['b', 'd']]);
    expect(findCycles(m)).toEqual([['b', 'd', 'c']]);
  });

  it('treats an unknown manager as the end of a chain', () => {
    expect(findCycles(new Map([['a', 'ghost']]))).toEqual([]);
  });

  it('never reports a cycle for a random forest (each node points to a smaller index)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (picks) => {
        const m = new Map<string, string | null>();
        picks.forEach((p, i) => m.set(`n${i}`, i === 0 ? null : `n${p % i}`));
        return findCycles(m).length === 0;
      }),
    );
  });
});

describe('reportingLine', () => {
  it('includes indirect reports but not the root', () => {
    const m = new Map([['ceo', null], ['vp', 'ceo'], ['m1', 'vp'], ['e1', 'm1'], ['e2', 'm1'], ['x', 'ceo']]);
    expect(reportingLine(m, 'vp')).toEqual(['e1', 'e2', 'm1']);
    expect(reportingLine(m, 'e1')).toEqual([]);
  });
});
