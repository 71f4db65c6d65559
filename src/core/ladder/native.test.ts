import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportMarkdown } from './export-markdown.js';
import { fixture, ladderArb } from './ladder.test-helpers.js';
import { exportNativeYaml, parseNativeYaml } from './native.js';
import { parseLadder } from './parse-ladder.js';

describe('native ladder YAML', () => {
  it('round-trips any ladder without loss: parse(export(l)) equals l', () => {
    fc.assert(
      fc.property(ladderArb, (l) => {
        const back = parseNativeYaml(exportNativeYaml(l));
        expect(back.ok ? back.ladder : back.problems).toStrictEqual(l);
      }),
      { numRuns: 300 },
    );
  });

  it.each(['ft-engineering-progression/engineering.yml', 'ft-engineering-progression/engineering-v1.yml', 'monzo-progression-framework/web.md', 'postman-career-ladders/career-ladder-for-ospo-engineers.md'])(
    'imports the native export of %s back to the same ladder, detected as native',
    (path) => {
      const original = parseLadder(fixture(path), path);
      if (!original.ok) throw new Error('fixture did not import');
      const text = exportNativeYaml(original.ladder);
      expect(text.startsWith('format: trellis-ladder/v1\n')).toBe(true);
      const again = parseLadder(text, 'exported.yaml');
      expect(again.ok && again.format).toBe('native');
      expect(again.ok ? again.ladder : again.problems).toStrictEqual(original.ladder);
    },
  );

  it('names the line and field of a bad value and of a cell pointing nowhere', () => {
    const text = ['format: trellis-ladder/v1', 'id: t', 'name: T', 'cumulative: true', 'levels:', '  - id: a', '    name: A', '    rank: first', 'dimensions:', '  - id: d', '    name: D', 'cells: []'].join('\n');
    expect(parseNativeYaml(text)).toEqual({ ok: false, problems: [{ line: 8, field: 'levels[0].rank', message: expect.stringMatching(/number/) }] });
    const dangling = text.replace('rank: first', 'rank: 1').replace('cells: []', 'cells:\n  - level: zz\n    dimension: d\n    entries: []');
    expect(parseNativeYaml(dangling)).toEqual({ ok: false, problems: [{ line: 13, field: 'cells[0].level', message: 'no level "zz"' }] });
    expect(parseNativeYaml('format: trellis-ladder/v1\nid: [unclosed')).toMatchObject({ ok: false, problems: [{ line: 2, message: expect.stringMatching(/not valid YAML/) }] });
  });

  it('rejects unknown fields rather than dropping them', () => {
    const r = parseNativeYaml('format: trellis-ladder/v1\nid: t\nname: T\ncumulative: false\nlevels: []\ndimensions: []\ncells: []\ncolour: red\n');
    expect(r).toEqual({ ok: false, problems: [{ line: 1, field: '(document)', message: 'unknown field colour' }] });
  });
});

describe('Markdown export', () => {
  it('writes levels in rank order with their dimensions, entries, proficiency and examples', () => {
    const r = parseLadder(fixture('ft-engineering-progression/engineering-v1.yml'), 'engineering-v1.yml');
    if (!r.ok) throw new Error('fixture did not import');
    const md = exportMarkdown(r.ladder);
    expect(md.startsWith('# Engineering (Legacy)\n')).toBe(true);
    expect(md.indexOf('## Junior Engineer (`junior`)')).toBeLessThan(md.indexOf('## Senior Engineer 2 (`senior-2`)'));
    expect(md).toContain('- Is responsible for and maintains their computer and local development environment _(Working knowledge)_\n  - Example: Keeps their local tools up to date');
    expect(md).toContain('### Technical');
  });

  it('marks the track of forked levels', () => {
    const r = parseLadder(fixture('ft-engineering-progression/engineering.yml'), 'engineering.yml');
    if (!r.ok) throw new Error('fixture did not import');
    expect(exportMarkdown(r.ladder)).toContain('## Senior Engineer 2 (People Manager) (`senior-2-pm` — manager track)');
  });
});
