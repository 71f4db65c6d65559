import { describe, expect, it } from 'vitest';
import { CommitGraph } from './reachability-oracle.test-helpers.js';
import { tagDeployments } from './deploy-tags.js';
import { revertedSha } from './revert.js';

describe('CommitGraph.claim', () => {
  // a ← b ← c ← m (also ← x ← a); d on top of m; y on a side branch from b, never merged.
  const g = new CommitGraph();
  for (const [sha, parents] of [
    ['a', ['gone']], // a parent beyond a shallow boundary: skipped
    ['b', ['a']],
    ['x', ['a']],
    ['c', ['b']],
    ['m', ['c', 'x']],
    ['d', ['m']],
    ['y', ['b']],
  ] as const) g.add(sha, [...parents]);

  it('gives each commit to the earliest deployment that reaches it', () => {
    expect(g.claim(['b', 'm', 'd'])).toEqual([['a', 'b'], ['c', 'm', 'x'], ['d']]);
  });

  it('ships nothing for a redeploy, an older commit or an unknown commit', () => {
    expect(g.claim(['m', 'm', 'c', 'nope', 'y'])).toEqual([['a', 'b', 'c', 'm', 'x'], [], [], [], ['y']]);
  });
});

describe('tagDeployments', () => {
  const tags = [
    { name: 'v2', commit: 'c2', createdAt: 200 },
    { name: 'v2-again', commit: 'c2', createdAt: 150 },
    { name: 'v1', commit: 'c1', createdAt: 100 },
    { name: 'nightly', commit: 'c3', createdAt: 50 },
  ];

  it('keeps matching tags, one deployment per commit (the earliest), in shipping order', () => {
    expect(tagDeployments(tags, /^v/, 's', 'production')).toEqual([
      { id: 'git:s:production:v1', tag: 'v1', commit: 'c1', at: 100_000 },
      { id: 'git:s:production:v2-again', tag: 'v2-again', commit: 'c2', at: 150_000 },
    ]);
  });
});

describe('revertedSha', () => {
  it('finds the commit a revert message names', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(revertedSha(`Revert "x"\n\nThis reverts commit ${sha}.\n`)).toBe(sha);
    expect(revertedSha(`Revert "x"\n\nThis reverts commit ${sha}, reversing\nchanges made to abc.`)).toBe(sha);
    expect(revertedSha('Revert "x"\n\nno reference')).toBeUndefined();
  });
});
