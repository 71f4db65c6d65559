import { describe, expect, it } from 'vitest';
import { distributionOf, distributionsAgainstOrg } from './distribution.js';

const scale = ['needs support', 'strong at level', 'exceeds'];

describe('rating distributions against the organisation (no quotas)', () => {
  it('counts and shares per scale value, ignoring values off the scale', () => {
    const d = distributionOf(['exceeds', 'exceeds', 'strong at level', 'great'], scale);
    expect(d.n).toBe(3);
    expect(d.counts.map((c) => [c.value, c.count])).toEqual([['needs support', 0], ['strong at level', 1], ['exceeds', 2]]);
    expect(d.counts[2]!.share).toBeCloseTo(2 / 3, 6);
  });

  it('gives each group its difference from the organisation, in the order given', () => {
    const r = distributionsAgainstOrg(
      [
        { group: 'Zed', values: ['exceeds', 'exceeds'] },
        { group: 'Amy', values: ['needs support', 'strong at level'] },
      ],
      scale,
    );
    expect(r.org.n).toBe(4);
    expect(r.groups.map((g) => g.group)).toEqual(['Zed', 'Amy']);
    expect(r.groups[0]!.differenceFromOrg.find((x) => x.value === 'exceeds')!.difference).toBeCloseTo(1 - 0.5, 6);
  });

  it('has no shares for a group without ratings', () => {
    const r = distributionsAgainstOrg([{ group: 'Empty', values: [] }], scale);
    expect(r.groups[0]!.distribution.counts.every((c) => c.share === null)).toBe(true);
    expect(r.groups[0]!.differenceFromOrg.every((c) => c.difference === null)).toBe(true);
  });
});
