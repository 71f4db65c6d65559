import { describe, expect, it } from 'vitest';
import { fixture } from './ladder.test-helpers.js';
import { parseLadder } from './parse-ladder.js';
import type { Ladder } from './model.js';

function imported(path: string, options: Parameters<typeof parseLadder>[2] = {}): Ladder {
  const r = parseLadder(fixture(path), path.split('/').pop()!, options);
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.file}:${p.line}: ${p.field}: ${p.message}`).join('\n'));
  return r.ladder;
}

const entries = (l: Ladder) => l.cells.flatMap((c) => c.entries);
const readme = fixture('jorgef-engineeringladders/README.md');

describe('FT engineering-progression YAML', () => {
  it('imports engineering.yml as 8 levels × 9 themes, one competency per cell', () => {
    const l = imported('ft-engineering-progression/engineering.yml');
    expect([l.id, l.name, l.source?.format]).toEqual(['engineering', 'Engineering', 'ft-yaml']);
    expect(l.levels).toHaveLength(8);
    expect(l.dimensions).toHaveLength(9);
    expect(l.cells).toHaveLength(72);
    expect(l.cells.every((c) => c.entries.length === 1)).toBe(true);
    expect(l.dimensions.map((d) => d.id)).toContain('problem-solving-decision-making');
    expect(l.dimensions[0]?.description).toMatch(/^Effectively manages activities/);
  });

  it('forks IC and manager tracks at senior-2, sharing a rank', () => {
    const l = imported('ft-engineering-progression/engineering.yml');
    expect(l.levels.map((x) => [x.id, x.rank, x.track ?? null])).toEqual([
      ['junior', 1, null],
      ['engineer', 2, null],
      ['senior-1', 3, null],
      ['senior-2-ic', 4, 'ic'],
      ['senior-2-pm', 4, 'manager'],
      ['principal-ic', 5, 'ic'],
      ['principal-pm', 5, 'manager'],
      ['tech-director', 6, null],
    ]);
  });

  it('imports the legacy file: 4 × 4, 101 competencies, many per cell, examples and links kept', () => {
    const l = imported('ft-engineering-progression/engineering-v1.yml');
    expect([l.levels.length, l.dimensions.length, l.cells.length]).toEqual([4, 4, 16]);
    expect(entries(l)).toHaveLength(101);
    expect(entries(l).filter((e) => e.examples.length > 0)).toHaveLength(84);
    expect(entries(l).some((e) => (e.links ?? []).length > 0)).toBe(true);
    expect(l.cells.find((c) => c.level === 'junior' && c.dimension === 'technical')?.entries[0]).toEqual({
      summary: 'Is responsible for and maintains their computer and local development environment',
      examples: ['Keeps their local tools up to date', 'Follows instructions to get software projects running locally'],
      proficiency: 'Working knowledge',
    });
    expect(l.source?.notes).toBe('legacy job family');
  });

  it('rejects a file its JSON Schema rejects, naming file, line and field', () => {
    const bad = fixture('ft-engineering-progression/engineering.yml').replace('proficiency: Awareness', 'proficiency: Wizard');
    const r = parseLadder(bad, 'engineering.yml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ file: 'engineering.yml', field: 'competencies[0].proficiency' });
    expect(r.problems[0]?.message).toMatch(/must be equal to one of the allowed values.*Awareness/);
    const line = fixture('ft-engineering-progression/engineering.yml').split('\n').findIndex((x) => x.includes('proficiency: Awareness')) + 1;
    expect(r.problems[0]?.line).toBe(line);
  });

  it('names a missing field and a competency pointing at an unknown level', () => {
    const text = ['name: Tiny', 'summary: s', 'googleSheetId: x', 'levels:', '  - id: l1', '    name: One', 'themes:', '  - id: t1', '    name: Theme', 'competencies:', '  - id: fb43098c-588c-421c-b87a-92b0bfd2ad7c', '    level: l9', '    theme: t1', '    summary: Does things', '    proficiency: Expert'].join('\n');
    const r = parseLadder(text, 'tiny.yml');
    expect(r).toEqual({ ok: false, problems: [{ file: 'tiny.yml', line: 12, field: 'competencies[0].level', message: 'no level "l9" in levels' }] });
    const missing = parseLadder(text.replace('    summary: Does things\n', ''), 'tiny.yml');
    expect(missing.ok ? [] : missing.problems).toEqual([{ file: 'tiny.yml', line: 11, field: 'competencies[0].summary', message: 'is required' }]);
  });
});

describe('Monzo progression framework Markdown', () => {
  it.each(['backend.md', 'web.md'])('imports %s as 6 levels × 5 topics with sparse cells', (file) => {
    const l = imported(`monzo-progression-framework/${file}`);
    expect(l.levels.map((x) => x.id)).toEqual(['level-1', 'level-2', 'level-3', 'level-4', 'level-5', 'level-6']);
    expect(l.dimensions.map((d) => d.id)).toEqual(['communication', 'impact', 'leadership', 'influence', 'mastery']);
    expect(l.cells.length).toBeLessThan(30);
    expect(l.description).toMatch(/About our engineering progression frameworks/);
  });

  it('keeps criteria and example criteria with their examples', () => {
    const l = imported('monzo-progression-framework/backend.md');
    const cell = l.cells.find((c) => c.level === 'level-2' && c.dimension === 'communication')!;
    expect(cell.entries[0]).toEqual({ summary: "Proactively communicates to their team what they are working on, why, how it's going and what help they need", examples: [] });
    expect(cell.entries.at(-1)).toEqual({
      summary: 'Writes PR descriptions that provide context and provide rationale for significant decisions',
      examples: ['I decided to X instead of Y here, I also considered Z but for these reasons I went with X'],
    });
    expect(l.name).toBe('Backend Engineering Framework');
  });

  it('names the line of a bad front-matter field', () => {
    const text = fixture('monzo-progression-framework/backend.md');
    const line = text.split('\n').indexOf('      - level: 2') + 1;
    const r = parseLadder(text.replace('      - level: 2\n', '      - level: two\n'), 'backend.md');
    expect(line).toBeGreaterThan(2);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ file: 'backend.md', line, field: 'topics[0].content[1].level' });
  });
});

describe('jorgef engineering ladders Markdown', () => {
  it('reads the README axes: 5 axes of 5 named steps', async () => {
    const { parseJorgefAxes } = await import('./import-jorgef.js');
    const axes = parseJorgefAxes(readme);
    expect(axes.map((a) => a.dimension.name)).toEqual(['Technology', 'System', 'People', 'Process', 'Influence']);
    expect(axes[0]?.steps).toEqual(['Adopts', 'Specializes', 'Evangelizes', 'Masters', 'Creates']);
    expect(axes[0]?.dimension.description).toBe('knowledge of the tech stack and tools');
  });

  it.each([
    ['Developer.md', 7, 'd1', 1],
    ['TechLead.md', 4, 'tl4', 4],
    ['EngineeringManager.md', 3, 'em5', 5],
  ])('imports %s as %i levels × 5 axes', (file, levels, firstId, firstRank) => {
    const l = imported(`jorgef-engineeringladders/${file}`, { jorgefReadme: readme });
    expect(l.levels).toHaveLength(levels);
    expect(l.dimensions).toHaveLength(5);
    expect(l.cells).toHaveLength(levels * 5);
    expect([l.levels[0]?.id, l.levels[0]?.rank]).toEqual([firstId, firstRank]);
  });

  it('places each bullet on its axis by step name, the step as proficiency', () => {
    const l = imported('jorgef-engineeringladders/Developer.md', { jorgefReadme: readme });
    expect(l.levels[2]).toEqual({ id: 'd3', name: 'Developer 3', rank: 3, aliases: ['D3'] });
    expect(l.cells.find((c) => c.level === 'd3' && c.dimension === 'technology')?.entries).toEqual([
      { summary: 'is the go-to person for one or more technologies and takes initiative to learn new ones', examples: [], proficiency: 'Specializes' },
    ]);
    expect(l.cells.find((c) => c.level === 'd1' && c.dimension === 'influence')?.entries[0]?.proficiency).toBe('Subsystem');
  });

  it('without the README places bullets by position and says so', () => {
    const l = imported('jorgef-engineeringladders/Developer.md');
    expect(l.dimensions.map((d) => d.id)).toEqual(['axis-1', 'axis-2', 'axis-3', 'axis-4', 'axis-5']);
    expect(l.source?.notes).toMatch(/without the README/);
  });
});

describe('Postman narrative Markdown', () => {
  it.each(['career-ladder-for-open-source-contributors.md', 'career-ladder-for-ospo-engineers.md'])('imports %s as 6 levels × 1 dimension', (file) => {
    const l = imported(`postman-career-ladders/${file}`);
    expect(l.levels).toHaveLength(6);
    expect(l.dimensions).toEqual([{ id: 'expectations', name: 'Expectations' }]);
    expect(l.cells).toHaveLength(6);
  });

  it('keeps italic framing and experience lines as the level description, paragraphs as entries', () => {
    const l = imported('postman-career-ladders/career-ladder-for-ospo-engineers.md');
    expect(l.levels.map((x) => x.name)).toEqual(['OSPO Engineer I', 'OSPO Engineer II', 'Senior OSPO Engineer', 'Staff OSPO Engineer', 'Principal OSPO Engineer', 'Distinguished OSPO Engineer']);
    expect(l.levels[0]?.description).toBe('Experience: Typically doesn’t require professional experience.');
    expect(l.levels[2]?.description).toMatch(/^At this point, a person is mastering/);
    const first = l.cells[0]!.entries;
    expect(first).toHaveLength(5);
    expect(first[4]?.summary).toBe('Submits bug reports for issues in the technology.');
  });

  it('strips closing hashes from headings', () => {
    const l = imported('postman-career-ladders/career-ladder-for-open-source-contributors.md');
    expect(l.levels[0]).toMatchObject({ id: 'open-source-contributor-i', name: 'Open Source Contributor I', rank: 1 });
  });
});

describe('format detection', () => {
  it('rejects a file in no known format and an empty YAML file, naming the file', () => {
    expect(parseLadder('just: a map', 'x.yaml')).toMatchObject({ ok: false, problems: [{ file: 'x.yaml', message: expect.stringMatching(/not a ladder format/) }] });
    expect(parseLadder('plain words, no headings', 'notes.md').ok).toBe(false);
  });

  it('takes an id from the caller', () => {
    const r = parseLadder(fixture('ft-engineering-progression/engineering.yml'), 'engineering.yml', { id: 'eng' });
    expect(r.ok && r.ladder.id).toBe('eng');
  });
});
