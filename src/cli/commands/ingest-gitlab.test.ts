import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { fakeGithub as fakeServer, type Routes } from '../../sources/github/backfill/fake-github.test-helpers.js';

const load = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../test/fixtures/gitlab-rest/${name}`, import.meta.url), 'utf8'));
const routes: Routes = {
  '/api/v4/projects/gitlabhq%2Fgitlab-test': { body: load('project.json') },
  '/api/v4/projects/1/deployments?order_by=updated_at&sort=asc&per_page=100': { body: load('deployments.json') },
  '/api/v4/projects/1/merge_requests?state=all&order_by=created_at&sort=asc&per_page=100': { body: load('merge-requests.json') },
  '/api/v4/projects/1/merge_requests/1/notes?sort=asc&order_by=created_at&per_page=100': { body: load('notes.json') },
  '/api/v4/projects/5': { body: { ...(load('project.json') as object), id: 5, path_with_namespace: 'acme/broken' } },
  '/api/v4/projects/5/deployments?order_by=updated_at&sort=asc&per_page=100': { body: load('deployments.json') },
  '/api/v4/projects/5/merge_requests?state=all&order_by=created_at&sort=asc&per_page=100': { status: 500, body: { message: '500 Internal Server Error' } },
};
let server: Awaited<ReturnType<typeof fakeServer>>;
let dir: string;
beforeAll(async () => {
  server = await fakeServer(routes);
  dir = mkdtempSync(join(tmpdir(), 'trellis-ingest-gitlab-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (store: TestStore, table: 'deployments' | 'pull_requests') => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describeEachDialect('trellis ingest gitlab', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect, join(dir, `${dialect}-${Math.random().toString(36).slice(2)}.db`));
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
      await trx.insertInto('services').values({ id: 'ledger', name: 'Ledger', team: 't' }).execute();
      await trx.insertInto('people').values({ id: 'User1', name: 'User One', email: null, team: 't', manager: null, level: null, track: null, timezone: null, working_hours: null, start_date: null, active: 1 }).execute();
    });
  });
  afterEach(() => store.dispose());

  it('stores deployments and merge requests; usernames become person ids; JSON summary on stdout', async () => {
    const r = await runCli(['ingest', 'gitlab', '--project', 'gitlabhq/gitlab-test', '--service', 'ledger', '--url', server.url, '--token-env', 'MY_GL', '--db', store.target, '--json'], { env: { MY_GL: 'glpat-secret' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      project: 'gitlabhq/gitlab-test', deployments: 1, failedDeployments: 1, pullRequests: 1, unknownPeople: 1, skipped: 0,
      skippedReasons: ['author "root" of gitlab:gitlabhq/gitlab-test!1 is not a Trellis person id; left out'],
    });
    expect(await count(store, 'deployments')).toBe(2);
    const pr = await store.db.selectFrom('pull_requests').selectAll().executeTakeFirstOrThrow();
    expect(pr).toMatchObject({ id: 'gitlab:gitlabhq/gitlab-test!1', service: 'ledger', author: null, first_reviewer: 'User1', merged_by: 'User1', title: 'MS-Viewport' });
    const human = await runCli(['ingest', 'gitlab', '--project', 'gitlabhq/gitlab-test', '--service', 'ledger', '--url', server.url, '--db', store.target], { env: { GITLAB_TOKEN: '' } });
    expect(human.code).toBe(0);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/GITLAB_TOKEN is not set[\s\S]*gitlabhq\/gitlab-test: 1 deployments, 1 failed deployments, 1 merge requests written/);
  });

  it('a 500 half-way is a clear error naming the URL and status, and nothing is stored', async () => {
    const r = await runCli(['ingest', 'gitlab', '--project', '5', '--service', 'ledger', '--url', server.url, '--db', store.target, '--json']);
    expect(r.stderr).toContain(`GET ${server.url}/api/v4/projects/5/merge_requests?state=all&order_by=created_at&sort=asc&per_page=100 answered 500`);
    expect(r.stderr).toContain('nothing was stored');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(await count(store, 'deployments')).toBe(0);
  });

  it('bad input: unknown service, a bad project, a bad --since (exit 2)', async () => {
    const base = ['ingest', 'gitlab', '--url', server.url, '--db', store.target];
    expect((await runCli([...base, '--project', '5', '--service', 'nope'])).stderr).toMatch(/service "nope" does not exist/);
    expect((await runCli([...base, '--project', 'not a project', '--service', 'ledger'])).code).toBe(2);
    expect((await runCli([...base, '--project', '5', '--service', 'ledger', '--since', 'yesterday'])).code).toBe(2);
  });
});
