import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { events, jsonl, org } from '../../test/records.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-cli-'));
  writeFileSync(join(dir, 'org.jsonl'), jsonl(org));
  writeFileSync(join(dir, 'events.jsonl'), jsonl(events));
  writeFileSync(join(dir, 'bad.jsonl'), jsonl([...org, { kind: 'person', id: 'x', name: 'X', team: 'nowhere' }, '{oops']));
  writeFileSync(
    join(dir, 'people.csv'),
    'kind,id,name,team,manager,active\nperson,dev,Dev Patel,payments,priya,true\nperson,jonas,"Weber, Jonas",platform,sofia,no\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('trellis (no store)', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['demo', 'serve', 'migrate', 'import', 'export', 'status', 'teams', 'people', 'services', 'account', 'token']) expect(r.stdout).toContain(c);
    expect(r.stdout).toContain('Exit codes: 0 ok, 1 failure, 2 bad input');
  });

  it('an unknown command or option is bad input (exit 2)', async () => {
    const r = await runCli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command 'frobnicate'/);
  });

  it('a bad configuration lists the problem and exits 2', async () => {
    const r = await runCli(['teams', '--db', join(dir, 'x.db')], { env: { PORT: 'eighty' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/PORT: /);
  });
});

describeEachDialect('trellis import/export/read commands', (dialect) => {
  let store: TestStore;
  let db: string;
  beforeEach(async () => {
    store = await freshStore(dialect, dialect === 'sqlite' ? join(dir, `cli-${Date.now()}-${Math.random()}.db`) : undefined);
    db = store.target;
  });
  afterEach(async () => store.dispose());

  it('imports files, lists teams as JSON only on stdout, and accepts --db before or after the command', async () => {
    const imp = await runCli(['import', '--db', db, join(dir, 'org.jsonl'), join(dir, 'events.jsonl'), join(dir, 'people.csv')]);
    expect(imp.stderr).toContain('org.jsonl: imported 8 records');
    expect(imp.code).toBe(0);
    const teams = await runCli(['--db', db, 'teams', '--json']);
    expect(teams.code).toBe(0);
    const page = JSON.parse(teams.stdout);
    expect(page.total).toBe(3);
    expect(page.items.map((t: { id: string }) => t.id)).toEqual(['eng', 'payments', 'platform']);
    expect(page.items.find((t: { id: string }) => t.id === 'platform')).toMatchObject({ members: 2, services: 1 });
    const people = await runCli(['people', '--db', db, '--search', 'WEBER', '--json']);
    expect(JSON.parse(people.stdout).items).toEqual([expect.objectContaining({ id: 'jonas', name: 'Weber, Jonas', active: false })]);
  });

  it('rejects a bad file with FILE:LINE errors, exit 2, and stores nothing', async () => {
    const r = await runCli(['import', '--db', db, join(dir, 'bad.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'bad.jsonl')}:10: (line): is not valid JSON`);
    const status = await runCli(['status', '--db', db, '--json']);
    expect(JSON.parse(status.stdout).records).toMatchObject({ team: 0, person: 0 });
  });

  it('export → import into an empty store → export gives the same lines', async () => {
    await runCli(['import', '--db', db, join(dir, 'org.jsonl'), join(dir, 'events.jsonl')]);
    const first = await runCli(['export', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout.trim().split('\n')).toHaveLength(17);
    const other = await freshStore(dialect, dialect === 'sqlite' ? join(dir, `cli-other-${Date.now()}.db`) : undefined);
    try {
      const imp = await runCli(['import', '--db', other.target, '--format', 'jsonl', '-'], { input: first.stdout });
      expect(imp.code).toBe(0);
      const out = join(dir, `second-${dialect}.jsonl`);
      const second = await runCli(['export', '--db', other.target, '--out', out]);
      expect(second.code).toBe(0);
      expect(readFileSync(out, 'utf8')).toBe(first.stdout);
    } finally {
      await other.dispose();
    }
  });
});
