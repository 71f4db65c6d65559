import { describe, expect, it } from 'vitest';
import { diffLevels } from './diff-levels.js';
import { diffLadderVersions } from './diff-versions.js';
import { fixture } from './ladder.test-helpers.js';
import type { Ladder } from './model.js';
import { parseLadder } from './parse-ladder.js';

function load(path: string, options = {}): Ladder {
  const r = parseLadder(fixture(path), path, options);
  if (!r.ok) throw new Error('fixture did not import');
  return r.ladder;
}

const ft = load('ft-engineering-progression/engineering.yml');

describe('diff between versions', () => {
  it('finds nothing between a ladder and itself', () => {
    expect(diffLadderVersions(ft, structuredClone(ft)).same).toBe(true);
  });

  it('lists levels, dimensions and cells added, removed and changed', () => {
    const next = structuredClone(ft);
    next.levels = next.levels.filter((l) => l.id !== 'tech-director');
    next.levels.push({ id: 'distinguished', name: 'Distinguished Engineer', rank: 7 });
    next.levels[0]!.aliases = ['L2'];
    next.dimensions.push({ id: 'operations', name: 'Operational responsibility' });
    next.cells = next.cells.filter((c) => c.level !== 'tech-director');
    next.cells.push({ level: 'distinguished', dimension: 'operations', entries: [{ summary: 'Runs the incident review for the whole organisation', examples: [] }] });
    const junior = next.cells.find((c) => c.level === 'junior' && c.dimension === 'technical')!;
    const old = junior.entries[0]!;
    junior.entries = [{ ...old, summary: 'Ships small changes behind a flag' }];

    const d = diffLadderVersions(ft, next);
    expect(d.same).toBe(false);
    expect(d.levels.added.map((l) => l.id)).toEqual(['distinguished']);
    expect(d.levels.removed.map((l) => l.id)).toEqual(['tech-director']);
    expect(d.levels.changed).toEqual([{ id: 'junior', from: ft.levels[0], to: next.levels[0] }]);
    expect(d.dimensions.added.map((x) => x.id)).toEqual(['operations']);
    expect(d.cells.added).toHaveLength(1);
    expect(d.cells.removed).toHaveLength(9);
    expect(d.cells.changed).toEqual([{ level: 'junior', dimension: 'technical', added: [junior.entries[0]], removed: [old] }]);
  });

  it('reports a rename and a change of cumulativeness', () => {
    const d = diffLadderVersions(ft, { ...ft, name: 'Engineering 2026', cumulative: false });
    expect([d.name, d.cumulative, d.same]).toEqual([{ from: 'Engineering', to: 'Engineering 2026' }, { from: true, to: false }, false]);
  });
});

describe('diff between levels', () => {
  it('shows per dimension the next level beside the current one (FT senior-1 → senior-2-ic)', () => {
    const d = diffLevels(ft, 'senior-1', 'senior-2-ic')!;
    expect([d.from.id, d.to.id, d.adjacent, d.cumulative]).toEqual(['senior-1', 'senior-2-ic', true, true]);
    expect(d.dimensions).toHaveLength(9);
    const technical = d.dimensions.find((x) => x.dimension.id === 'technical')!;
    expect(technical.current).toEqual(ft.cells.find((c) => c.level === 'senior-1' && c.dimension === 'technical')!.entries);
    expect(technical.next).toEqual(ft.cells.find((c) => c.level === 'senior-2-ic' && c.dimension === 'technical')!.entries);
    expect(technical.added).toEqual(technical.next);
  });

  it('in a cumulative axes ladder shows only what is new (jorgef D2 → D3)', () => {
    const dev = load('jorgef-engineeringladders/Developer.md', { jorgefReadme: fixture('jorgef-engineeringladders/README.md') });
    const d = diffLevels(dev, 'd2', 'd3')!;
    const changed = d.dimensions.filter((x) => x.added.length > 0).map((x) => [x.dimension.id, x.notRepeated[0]?.proficiency, x.added[0]?.proficiency]);
    expect(changed).toEqual([
      ['technology', 'Adopts', 'Specializes'],
      ['process', 'Enforces', 'Challenges'],
      ['influence', 'Subsystem', 'Team'],
    ]);
    expect(d.dimensions.find((x) => x.dimension.id === 'system')).toMatchObject({ added: [], notRepeated: [] });
  });

  it('says when two levels are not adjacent, and gives undefined for an unknown level', () => {
    expect(diffLevels(ft, 'junior', 'senior-1')?.adjacent).toBe(false);
    expect(diffLevels(ft, 'senior-1', 'senior-2-pm')?.adjacent).toBe(true);
    expect(diffLevels(ft, 'junior', 'nope')).toBeUndefined();
  });
});
