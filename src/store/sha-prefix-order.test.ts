import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { orderedByShaPrefix } from './sha-prefix-order.js';

const sha = fc.stringMatching(/^[0-9a-f]{40}$/);

describe('orderedByShaPrefix', () => {
  it('orders by the first three hex digits, keeps the arrival order within them, and loses nothing', () => {
    fc.assert(
      fc.property(fc.array(sha, { maxLength: 300 }), (ids) => {
        const rows = ids.map((id, arrival) => ({ id, arrival }));
        const out = orderedByShaPrefix(rows);
        expect([...out].sort((a, b) => a.arrival - b.arrival)).toEqual(rows);
        const expected = [...rows].sort((a, b) => (a.id.slice(0, 3) < b.id.slice(0, 3) ? -1 : a.id.slice(0, 3) > b.id.slice(0, 3) ? 1 : a.arrival - b.arrival));
        expect(out).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('puts 0-prefixed shas first and f-prefixed last', () => {
    const rows = ['fff0', 'a000', '0001', '9abc', '0000'].map((p) => ({ id: p.padEnd(40, '0') }));
    expect(orderedByShaPrefix(rows).map((r) => r.id.slice(0, 4))).toEqual(['0001', '0000', '9abc', 'a000', 'fff0']);
  });
});
