import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { fixture } from '../../../test/webhook-fixtures.js';
import { backfillGithub } from '../../app/backfill-github.js';
import { importRecords } from '../../app/import-records.js';
import { fakeGithub, type Routes } from '../../sources/github/backfill/fake-github.test-helpers.js';
import { GithubRestClient } from '../../sources/github/backfill/rest-client.js';

const routes: Routes = {
  '/repos/octocat/example/commits?per_page=100': { body: fixture('github/rest-examples/list-commits.200.json') },
  '/repos/octocat/example/deployments?per_page=100': { body: fixture('github/rest-examples/list-deployments.200.json') },
  '/repos/octocat/example/deployments/1/statuses?per_page=100': { body: fixture('github/rest-examples/list-deployment-statuses.200.json') },
  '/repos/octocat/example/pulls?state=all&sort=created&direction=desc&per_page=100': { body: fixture('github/rest-examples/list-pull-requests.200.json') },
  '/repos/octocat/example/pulls/1347/reviews?per_page=100': { body: [{ user: { login: 'Octocat' }, state: 'COMMENTED', submitted_at: '2011-01-26T19:01:12Z' }, { user: { login: 'hubot' }, state: 'APPROVED', submitted_at: '2011-01-27T10:00:00Z' }] },
  '/repos/octocat/example/pulls/1347': { body: { ...fixture('github/rest-examples/list-pull-requests.200.json')[0], merged: true, merged_by: { login: 'octocat' } } },
  '/repos/octocat/broken/commits?per_page=100': { body: fixture('github/rest-examples/list-commits.200.json') },
  '/repos/octocat/broken/deployments?per_page=100': { status: 500, body: { message: 'boom' } },
};
let server: Awaited<ReturnType<typeof fakeGithub>>;
let dir: string;
beforeAll(async () => {
  server = await fakeGithub(routes);
  dir = mkdtempSync(join(tmpdir(), 'trellis-ingest-github-'));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const count = async (store: TestStore, table: 'changes' | 'deployments') => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

describeEachDialect('trellis ingest github', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect, join(dir, `${dialect}-${Math.random().toString(36).slice(2)}.db`));
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
      await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
      await trx.insertInto('people').values({ id: 'octocat', name: 'Mona', email: null, team: 't', manager: null, level: null, track: null, timezone: null, working_hours: null, start_date: null, active: 1 }).execute();
    });
  });
  afterEach(() => store.dispose());

  it('stores the mapped records; the token comes from the variable --token-env names; JSON summary on stdout', async () => {
    const r = await runCli(['ingest', 'github', 'octocat/example', '--service', 's', '--api-url', server.url, '--token-env', 'MY_GH', '--db', store.target, '--json'], { env: { MY_GH: 'secret-token' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      repository: 'octocat/example', changes: 1, merges: 0, deployments: 1, failedDeployments: 0, pullRequests: 1, unknownPeople: 1, skipped: 0,
      skippedReasons: ['firstReviewer "hubot" of github:octocat/example#1347 is not a Trellis person id; left out'],
    });
    const pr = await store.db.selectFrom('pull_requests').selectAll().executeTakeFirstOrThrow();
    expect(pr).toMatchObject({ id: 'github:octocat/example#1347', author: 'octocat', merged_by: 'octocat', first_reviewer: null });
    expect(new Date(Number(pr.first_review_at)).toISOString()).toBe('2011-01-27T10:00:00.000Z');
    expect(server.requests.at(-1)?.auth).toBe('Bearer secret-token');
    const dep = await store.db.selectFrom('deployments').selectAll().executeTakeFirstOrThrow();
    expect(dep).toMatchObject({ id: 'github:octocat/example:1', service: 's', environment: 'production', status: 'success', commit_sha: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d' });
    expect(new Date(Number(dep.finished_at)).toISOString()).toBe('2012-07-20T01:19:13.000Z');
    const change = await store.db.selectFrom('changes').selectAll().executeTakeFirstOrThrow();
    expect(change).toMatchObject({ id: '6dcb09b5b57875f334f61aebed695e2e4193db5e', service: 's', author: 'support@github.com' });
    expect(new Date(Number(change.committed_at)).toISOString()).toBe('2011-04-14T16:00:49.000Z');
    const human = await runCli(['ingest', 'github', 'octocat/example', '--service', 's', '--api-url', server.url, '--db', store.target], { env: { GITHUB_TOKEN: '' } });
    expect(human.code).toBe(0);
    expect(human.stdout).toBe('');
    expect(human.stderr).toMatch(/GITHUB_TOKEN is not set[\s\S]*octocat\/example: 1 changes \(0 merges\), 1 deployments, 0 failed deployments, 1 pull requests written/);
  });

  it('a 500 half-way is a clear error naming the URL and status, and nothing is stored', async () => {
    const r = await runCli(['ingest', 'github', 'octocat/broken', '--service', 's', '--api-url', server.url, '--db', store.target, '--json']);
    expect(r.stderr).toContain(`GET ${server.url}/repos/octocat/broken/deployments?per_page=100 answered 500`);
    expect(r.stderr).toContain('nothing was stored');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(await count(store, 'changes')).toBe(0);
  });

  it('bad input: unknown service, a --token-env that is not set, plain http off loopback (exit 2)', async () => {
    expect((await runCli(['ingest', 'github', 'octocat/example', '--service', 'nope', '--api-url', server.url, '--db', store.target])).stderr).toMatch(/service "nope" does not exist/);
    const unset = await runCli(['ingest', 'github', 'octocat/example', '--service', 's', '--api-url', server.url, '--token-env', 'NOT_SET_X', '--db', store.target]);
    expect(unset.code).toBe(2);
    expect(unset.stderr).toMatch(/NOT_SET_X is not set/);
    const http = await runCli(['ingest', 'github', 'octocat/example', '--service', 's', '--api-url', 'http://example.com', '--db', store.target]);
    expect(http.code).toBe(2);
    expect(http.stderr).toMatch(/must use https/);
  });

  it("refuses to move a repository's records to a second service, and stores nothing", async () => {
    expect((await runCli(['ingest', 'github', 'octocat/example', '--service', 's', '--api-url', server.url, '--db', store.target])).code).toBe(0);
    await store.db.insertInto('services').values({ id: 's2', name: 'S2', team: 't' }).execute();
    const again = await runCli(['ingest', 'github', 'octocat/example', '--service', 's2', '--api-url', server.url, '--db', store.target]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/is already stored for service "s"; a record belongs to one service[\s\S]*Nothing was stored/);
    for (const table of ['changes', 'deployments', 'pull_requests'] as const) {
      expect((await store.db.selectFrom(table).select('service').execute()).map((r) => r.service)).toEqual(['s']);
    }
  });

  it('keeps what the store knows (a merge flag from git) when the backfill rewrites a change', async () => {
    const git = { kind: 'change', id: '6dcb09b5b57875f334f61aebed695e2e4193db5e', service: 's', committedAt: '2011-04-14T16:00:49.000Z', isMerge: true };
    await importRecords(store, { name: 'git', records: (async function* () { yield { line: 1, value: git }; })() });
    const client = new GithubRestClient({ baseUrl: server.url });
    const summary = await backfillGithub(store, client, { owner: 'octocat', repo: 'example', service: 's' });
    expect(summary).toMatchObject({ changes: 1, deployments: 1 });
    const after = await store.db.selectFrom('changes').selectAll().executeTakeFirstOrThrow();
    expect(Number(after.is_merge)).toBe(1);
    expect(after.author).toBe('support@github.com');
    expect(await count(store, 'deployments')).toBe(1);
  });
});
