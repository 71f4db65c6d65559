import fc from 'fast-check';
import { expect, it } from 'vitest';
import { IdentitySet } from './identity-set.js';

it('answers exactly as a Map of first lines would, through every growth of the table (property)', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
      const set = new IdentitySet(4);
      const first = new Map<string, number>();
      keys.forEach((key, i) => {
        const line = i + 1;
        expect(set.add(key, line)).toBe(first.get(key));
        if (!first.has(key)) first.set(key, line);
      });
    }),
    { numRuns: 60 },
  );
});

it('keeps a million distinct ids apart', () => {
  const set = new IdentitySet();
  for (let i = 1; i <= 1_000_000; i++) if (set.add(`deployment dep-${i}`, i) !== undefined) throw new Error(`false repeat at ${i}`);
  expect(set.add('deployment dep-777', 1_000_001)).toBe(777);
});
