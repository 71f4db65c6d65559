import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { FixtureRepo } from '../../sources/git/fixture-repo.test-helpers.js';

let repo: FixtureRepo;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-ingest-cli-'));
  repo = FixtureRepo.create();
  const c1 = repo.commit('c1', '2024-03-04T09:00:00Z');
  repo.tag('v1', c1);
  repo.commit('c2', '2024-03-05T09:00:00Z');
  repo.tag('v2', 'HEAD', '2024-03-05T12:00:00Z');
});
afterAll(() => {
  repo.remove();
  rmSync(dir, { recursive: true, force: true });
});

describeEachDialect('trellis ingest git', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect, join(dir, `${dialect}-${Math.random().toString(36).slice(2)}.db`));
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
      await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
    });
  });
  afterEach(() => store.dispose());

  it('prints the summary as JSON on stdout only, then says nothing is new', async () => {
    const r = await runCli(['ingest', 'git', repo.dir, '--service', 's', '--deploy-tags', '^v', '--db', store.target, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ commits: 2, merges: 0, reverts: 0, deployments: 2, newSince: null });
    const again = await runCli(['ingest', 'git', repo.dir, '--service', 's', '--deploy-tags', '^v', '--db', store.target]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('');
    expect(again.stderr).toMatch(/nothing new since \d{4}-\d\d-\d\dT/);
  });

  it('an unknown service or a path that is not a repository is bad input (exit 2)', async () => {
    const r = await runCli(['ingest', 'git', repo.dir, '--service', 'nope', '--db', store.target, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/service "nope" does not exist/);
    const notRepo = await runCli(['ingest', 'git', dir, '--service', 's', '--db', store.target]);
    expect(notRepo.code).toBe(2);
    expect(notRepo.stderr).toMatch(/is not a git repository/);
    expect(notRepo.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
