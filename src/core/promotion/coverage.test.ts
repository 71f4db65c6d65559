import { describe, expect, it } from 'vitest';
import { coverageMap } from './coverage.js';
import { example, items, ladder } from './promotion.test-helpers.js';
import { repeatedPattern } from './repeated-pattern.js';
import { targetDimensions } from './target-dimensions.js';

const targets = targetDimensions(ladder, 'l4');

describe('target dimensions', () => {
  it('are the dimensions the ladder describes at the target level, with what it expects there', () => {
    expect(targets.map((t) => [t.id, t.expected])).toEqual([
      ['scope', ['Sets the direction of a group of services.']],
      ['ops', ['Improves how a team runs its services.']],
      ['mentoring', ['Grows senior engineers.']],
    ]);
  });

  it('fall back to every dimension when the ladder describes none at that level', () => {
    expect(targetDimensions(ladder, 'l3').map((t) => t.id)).toEqual(['scope', 'ops', 'mentoring']);
  });
});

describe('coverage map', () => {
  it('marks each dimension evidenced, claimed (named without evidence) or uncovered, and counts only evidenced ones', () => {
    const map = coverageMap(targets, [example('a', ['ops'], ['ev-rollout', 'ev-alerts']), example('b', ['scope'], [])], items);
    expect(map.dimensions.map((d) => [d.dimension.id, d.status, d.examples, d.evidence, d.periods])).toEqual([
      ['scope', 'claimed', ['b'], [], []],
      ['ops', 'evidenced', ['a'], ['ev-rollout', 'ev-alerts'], ['2026-Q1', '2026-Q2']],
      ['mentoring', 'uncovered', [], [], []],
    ]);
    expect([map.covered, map.total, map.missing.map((d) => d.id)]).toEqual([1, 3, ['scope', 'mentoring']]);
  });

  it('counts an evidence item once per dimension however many examples cite it, and ignores citations that no longer resolve', () => {
    const map = coverageMap(targets, [example('a', ['ops'], ['ev-alerts', 'gone']), example('b', ['ops', 'mentoring'], ['ev-alerts', 'ev-mentee'])], items);
    expect(map.dimensions.find((d) => d.dimension.id === 'ops')?.evidence).toEqual(['ev-alerts', 'ev-mentee']);
    expect(map.covered).toBe(2);
  });

  it('an empty case covers nothing', () => {
    expect(coverageMap(targets, [], items)).toMatchObject({ covered: 0, total: 3, missing: targets });
  });
});

describe('repeated pattern', () => {
  it('holds when evidence at the target scope falls in at least two quarters', () => {
    const p = repeatedPattern(targets, [example('a', ['ops'], ['ev-rollout']), example('b', ['mentoring'], ['ev-mentee'])], items);
    expect(p).toMatchObject({ holds: true, periods: ['2026-Q1', '2026-Q2'], needed: 2 });
    expect(p.summary).toContain('a repeated pattern');
  });

  it('does not hold with evidence from one quarter only, however much of it', () => {
    const p = repeatedPattern(targets, [example('a', ['ops'], ['ev-alerts']), example('b', ['mentoring'], ['ev-mentee'])], items);
    expect(p).toMatchObject({ holds: false, periods: ['2026-Q2'] });
    expect(p.summary).toBe('Evidence at the target level in one quarter only (2026-Q2): the case needs evidence in at least 2 different quarters to show a repeated pattern.');
  });

  it('counts only examples that show a target dimension, and says so when there is nothing yet', () => {
    expect(repeatedPattern(targets, [example('a', ['ops'], ['ev-alerts']), example('b', [], ['ev-rollout'])], items).holds).toBe(false);
    expect(repeatedPattern(targets, [], items)).toMatchObject({ holds: false, periods: [], summary: expect.stringContaining('No cited evidence') });
  });

  it('takes a stricter number of periods', () => {
    expect(repeatedPattern(targets, [example('a', ['ops'], ['ev-rollout', 'ev-alerts'])], items, 3).holds).toBe(false);
  });
});
