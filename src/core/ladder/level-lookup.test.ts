import { describe, expect, it } from 'vitest';
import { fixture } from './ladder.test-helpers.js';
import { levelFor, levelsByRank, nextLevel } from './level-lookup.js';
import type { Ladder } from './model.js';
import { parseLadder } from './parse-ladder.js';

const parsed = parseLadder(fixture('ft-engineering-progression/engineering.yml'), 'engineering.yml');
if (!parsed.ok) throw new Error('fixture did not import');
const ft: Ladder = { ...parsed.ladder, levels: parsed.ladder.levels.map((l) => (l.id === 'senior-1' ? { ...l, aliases: ['L4', 'Senior 1'] } : l)) };

describe('levelFor', () => {
  it('matches id, name or alias, ignoring case and space', () => {
    expect(levelFor(ft, 'senior-1')?.id).toBe('senior-1');
    expect(levelFor(ft, ' senior engineer 1 ')?.id).toBe('senior-1');
    expect(levelFor(ft, 'l4')?.id).toBe('senior-1');
    expect(levelFor(ft, 'SENIOR 1')?.id).toBe('senior-1');
  });

  it('gives undefined for an unknown, empty or missing level', () => {
    expect(levelFor(ft, 'L9')).toBeUndefined();
    expect(levelFor(ft, '')).toBeUndefined();
    expect(levelFor(ft, null)).toBeUndefined();
  });
});

describe('nextLevel', () => {
  it('climbs the shared levels, then forks by track (IC first when none is given)', () => {
    expect(nextLevel(ft, 'junior')?.id).toBe('engineer');
    expect(nextLevel(ft, 'senior-1')?.id).toBe('senior-2-ic');
    expect(nextLevel(ft, 'senior-1', 'manager')?.id).toBe('senior-2-pm');
    expect(nextLevel(ft, 'senior-1', 'ic')?.id).toBe('senior-2-ic');
  });

  it('stays on the level’s own track, and rejoins shared levels at the top', () => {
    expect(nextLevel(ft, 'senior-2-pm')?.id).toBe('principal-pm');
    expect(nextLevel(ft, 'senior-2-ic', 'manager')?.id).toBe('principal-ic');
    expect(nextLevel(ft, 'principal-ic')?.id).toBe('tech-director');
    expect(nextLevel(ft, 'tech-director')).toBeUndefined();
    expect(nextLevel(ft, 'nope')).toBeUndefined();
  });

  it('orders levels by rank, keeping ladder order within a rank', () => {
    const shuffled = { ...ft, levels: [...ft.levels].reverse() };
    expect(levelsByRank(shuffled).map((l) => l.id)).toEqual(['junior', 'engineer', 'senior-1', 'senior-2-pm', 'senior-2-ic', 'principal-pm', 'principal-ic', 'tech-director']);
  });
});
