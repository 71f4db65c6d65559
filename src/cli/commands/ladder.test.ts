import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/ladders/', import.meta.url));
const ft = join(fixtures, 'ft-engineering-progression/engineering.yml');
const developer = join(fixtures, 'jorgef-engineeringladders/Developer.md');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-ladder-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function useStore(dialect: 'sqlite' | 'postgres'): () => TestStore {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect, join(dir, `${dialect}-${Math.random().toString(36).slice(2)}.db`));
  });
  afterEach(() => store.dispose());
  return () => store;
}

// Each CLI run starts a process; the store code under it runs on both dialects in the store and
// use-case tests, so only the first scenario runs on both here and the rest on SQLite.
describeEachDialect('trellis ladder', (dialect) => {
  const current = useStore(dialect);

  it('imports the FT ladder and shows it as JSON: levels with id, name, rank and track; dimensions; cells', async () => {
    const imported = await runCli(['ladder', 'import', ft, '--db', current().target, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ id: 'engineering', version: 1, levels: 8, dimensions: 9, cells: 72, unchanged: false });
    const shown = await runCli(['ladder', 'show', '--db', current().target, '--json']);
    expect(shown.code).toBe(0);
    const l = JSON.parse(shown.stdout);
    expect(l.levels).toHaveLength(8);
    expect(l.levels[3]).toEqual({ id: 'senior-2-ic', name: 'Senior Engineer 2 (Individual Contributor)', rank: 4, track: 'ic' });
    expect(l.dimensions.map((d: { id: string }) => d.id)).toContain('technical');
    expect(l.cells).toHaveLength(72);
    expect([l.version, typeof l.publishedAt]).toEqual([1, 'string']);
  });

});

describe('trellis ladder [sqlite]', () => {
  const dialect = 'sqlite';
  const current = useStore(dialect);

  it('diffs two levels of the published ladder', async () => {
    await runCli(['ladder', 'import', ft, '--db', current().target]);
    const levels = await runCli(['ladder', 'diff', 'senior-1', 'senior-2-ic', '--db', current().target, '--json']);
    expect(levels.code).toBe(0);
    const d = JSON.parse(levels.stdout);
    expect([d.from.id, d.to.id, d.adjacent, d.dimensions.length]).toEqual(['senior-1', 'senior-2-ic', true, 9]);
  });

  // A slow machine needs several seconds per CLI process; this scenario runs five.
  it('exports YAML that imports back unchanged; an edited export becomes a draft version to diff', { timeout: 180_000 }, async () => {
    await runCli(['ladder', 'import', ft, '--db', current().target]);
    const exported = await runCli(['ladder', 'export', 'engineering', '--format', 'yaml', '--db', current().target]);
    expect(exported.stdout).toMatch(/^format: trellis-ladder\/v1\n/);
    const file = join(dir, `edited-${dialect}.yaml`);
    writeFileSync(file, exported.stdout);
    const same = await runCli(['ladder', 'import', file, '--db', current().target, '--json']);
    expect(JSON.parse(same.stdout)).toMatchObject({ version: 1, unchanged: true, format: 'native' });
    writeFileSync(file, exported.stdout.replace('name: Junior Engineer', 'name: Associate Engineer'));
    const draft = await runCli(['ladder', 'import', file, '--draft', '--db', current().target, '--json']);
    expect(JSON.parse(draft.stdout)).toMatchObject({ version: 2, publishedAt: null });
    const versions = await runCli(['ladder', 'diff', 'engineering@1', 'engineering@2', '--db', current().target]);
    expect(versions.stdout).toContain('~ level junior');
  });

  it('finds the jorgef README beside the ladder file, and prints a level step for people', async () => {
    await runCli(['ladder', 'import', developer, '--db', current().target]);
    const r = await runCli(['ladder', 'diff', 'd2', 'd3', '--db', current().target]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Technology:\n    + is the go-to person for one or more technologies and takes initiative to learn new ones (Specializes)');
    const md = await runCli(['ladder', 'export', '--format', 'markdown', '--db', current().target]);
    expect(md.stdout).toMatch(/^# Developer\n/);
  });

  it('rejects a bad file with exit 2, naming file, line and field, and stores nothing', async () => {
    const bad = join(dir, `bad-${dialect}.yml`);
    writeFileSync(bad, 'format: trellis-ladder/v1\nid: x\nname: X\ncumulative: maybe\nlevels: []\ndimensions: []\ncells: []\n');
    const r = await runCli(['ladder', 'import', bad, '--db', current().target, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/bad-\w+\.yml:4: cumulative: /);
    const unknown = await runCli(['ladder', 'diff', 'junior', 'nope', '--db', current().target]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/No career ladder is published yet/);
  });
});
