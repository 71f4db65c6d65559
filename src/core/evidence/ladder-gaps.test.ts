import { describe, expect, it } from 'vitest';
import type { Ladder } from '../ladder/model.js';
import { headlineMetric } from './headline.js';
import { ladderPosition } from './ladder-gaps.js';

const ladder: Ladder = {
  id: 'engineering',
  name: 'Engineering ladder',
  cumulative: true,
  levels: [
    { id: 'l3', name: 'Engineer', rank: 3 },
    { id: 'l4', name: 'Senior engineer', rank: 4 },
  ],
  dimensions: [
    { id: 'scope', name: 'Scope' },
    { id: 'technical-judgment', name: 'Technical judgment' },
    { id: 'mentorship', name: 'Mentorship' },
    { id: 'communication', name: 'Communication' },
  ],
  cells: [
    { level: 'l3', dimension: 'scope', entries: [{ summary: 'Owns features end to end', examples: [] }] },
    { level: 'l4', dimension: 'scope', entries: [{ summary: 'Owns a service and its roadmap', examples: [] }] },
    { level: 'l4', dimension: 'technical-judgment', entries: [{ summary: 'Chooses designs others can run', examples: [] }, { summary: 'Writes down trade-offs', examples: [] }] },
    { level: 'l4', dimension: 'mentorship', entries: [{ summary: 'Coaches engineers through on-call', examples: [] }] },
    { level: 'l4', dimension: 'communication', entries: [] },
  ],
};

describe('ladderPosition', () => {
  it('lists the next level’s dimensions with what they expect and the evidence for each; the ones without evidence are gaps', () => {
    const items = [{ dimensions: ['scope', 'technical-judgment'] }, { dimensions: ['scope', 'scope'] }, { dimensions: ['communication'] }];
    const p = ladderPosition(ladder, ladder.levels[0]!, ladder.levels[1]!, items);
    expect(p.current).toEqual({ id: 'l3', name: 'Engineer' });
    expect(p.next).toEqual({ id: 'l4', name: 'Senior engineer' });
    expect(p.dimensions).toEqual([
      { dimension: { id: 'scope', name: 'Scope' }, expected: ['Owns a service and its roadmap'], evidence: 2 },
      { dimension: { id: 'technical-judgment', name: 'Technical judgment' }, expected: ['Chooses designs others can run', 'Writes down trade-offs'], evidence: 1 },
      { dimension: { id: 'mentorship', name: 'Mentorship' }, expected: ['Coaches engineers through on-call'], evidence: 0 },
    ]);
    expect(p.gaps.map((g) => g.dimension.id)).toEqual(['mentorship']);
  });

  it('has no gaps to show at the top of the ladder', () => {
    const p = ladderPosition(ladder, ladder.levels[1]!, null, []);
    expect(p).toMatchObject({ next: null, dimensions: [], gaps: [] });
  });
});

describe('headlineMetric', () => {
  it('is the figure chosen when the link was made, whatever it says; change failure rate for links made before the choice', () => {
    expect(headlineMetric('reworkRate')).toBe('reworkRate');
    expect(headlineMetric(undefined)).toBe('changeFailureRate');
  });
});
