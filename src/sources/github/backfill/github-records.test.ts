import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixture } from '../../../../test/webhook-fixtures.js';
import { nextLink } from '../../http/link-header.js';
import { fakeGithub, type Routes } from './fake-github.test-helpers.js';
import { changeFromRest, deploymentFromRest, githubRecords, type BackfillItem } from './github-records.js';
import { GithubApiError, GithubRestClient } from './rest-client.js';

const deployments = fixture<unknown[]>('github/rest-examples/list-deployments.200.json');
const statuses = fixture<unknown[]>('github/rest-examples/list-deployment-statuses.200.json');
const commits = fixture<unknown[]>('github/rest-examples/list-commits.200.json');

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});
async function serve(routes: Routes) {
  const s = await fakeGithub(routes);
  closers.push(s.close);
  return s;
}
async function all(it: AsyncIterable<BackfillItem>): Promise<BackfillItem[]> {
  const out: BackfillItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}
const commitWith = (sha: string, date: string, parents = 1) => ({
  sha,
  parents: Array.from({ length: parents }, (_, i) => ({ sha: `p${i}` })),
  commit: { message: `m ${sha}`, author: { email: `${sha}@example.com`, date }, committer: { email: 'c@example.com', date } },
});

describe('mapping the recorded REST payloads', () => {
  it('a deployment and its latest final status → a deployment record', () => {
    expect(deploymentFromRest(deployments[0], statuses, 'octocat/example', 'web')).toEqual([
      {
        record: {
          kind: 'deployment',
          id: 'github:octocat/example:1',
          service: 'web',
          finishedAt: '2012-07-20T01:19:13.000Z',
          environment: 'production',
          status: 'success',
          commit: 'a84d88e7554fc1fa21bcbc4efae3c782a70d2b9d',
          url: 'https://example.com/deployment/42/output',
        },
      },
    ]);
  });

  it('the latest final status wins; non-final states are not deployments', () => {
    const s = (id: number, state: string, at: string) => ({ id, state, created_at: at, environment: 'production' });
    const out = deploymentFromRest(deployments[0], [s(3, 'inactive', '2024-01-03T00:00:00Z'), s(2, 'failure', '2024-01-02T00:00:00+02:00'), s(1, 'success', '2024-01-01T00:00:00Z')], 'o/r', 'web');
    expect(out).toEqual([{ record: expect.objectContaining({ status: 'failure', finishedAt: '2024-01-01T22:00:00.000Z' }) }]);
    expect(deploymentFromRest(deployments[0], [s(1, 'in_progress', '2024-01-01T00:00:00Z')], 'o/r', 'web')).toEqual([{ skipped: 'deployment 1: no final status' }]);
  });

  it('a commit → a change (committer date, author email, merge from parents)', () => {
    expect(changeFromRest(commits[0], 'web')).toEqual([
      { record: { kind: 'change', id: '6dcb09b5b57875f334f61aebed695e2e4193db5e', service: 'web', committedAt: '2011-04-14T16:00:49.000Z', author: 'support@github.com', isMerge: false, url: 'https://github.com/octocat/Hello-World/commit/6dcb09b5b57875f334f61aebed695e2e4193db5e' } },
    ]);
    expect(changeFromRest(commitWith('abc', '2024-01-01T00:00:00Z', 2), 'web')).toEqual([{ record: expect.objectContaining({ isMerge: true }) }]);
  });
});

describe('pull requests', () => {
  const listed = fixture<Record<string, unknown>[]>('github/rest-examples/list-pull-requests.200.json')[0]!;
  const pr = (number: number, created: string, merged: string | null) => ({ ...listed, number, created_at: created, merged_at: merged, closed_at: merged });
  const review = (login: string, at: string | null, state = 'APPROVED') => ({ user: { login }, state, submitted_at: at });

  it('reads PRs newest first with their first review by someone else and who merged them, stopping at older pages', async () => {
    const routes: Routes = {};
    const s = await serve(routes);
    Object.assign(routes, {
      '/repos/o/r/commits?since=2024-01-01T00%3A00%3A00.000Z&per_page=100': { body: [] },
      '/repos/o/r/deployments?per_page=100': { body: [] },
      '/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100': {
        body: [pr(12, '2024-03-02T09:00:00Z', '2024-03-03T12:00:00Z'), pr(11, '2024-03-01T09:00:00Z', null)],
        headers: { link: `<${s.url}/repositories/7/pulls?state=all&page=2>; rel="next"` },
      },
      '/repositories/7/pulls?state=all&page=2': { body: [pr(3, '2023-05-01T00:00:00Z', null)], headers: { link: `<${s.url}/repositories/7/pulls?state=all&page=3>; rel="next"` } },
      '/repos/o/r/pulls/12/reviews?per_page=100': { body: [review('octocat', '2024-03-02T09:30:00Z', 'COMMENTED'), review('hubot', '2024-03-02T15:00:00Z'), review('monalisa', '2024-03-02T11:00:00Z', 'CHANGES_REQUESTED'), review('x', null, 'PENDING')] },
      '/repos/o/r/pulls/12': { body: { ...pr(12, '2024-03-02T09:00:00Z', '2024-03-03T12:00:00Z'), merged: true, merged_by: { login: 'hubot' } } },
      '/repos/o/r/pulls/11/reviews?per_page=100': { body: [] },
    } satisfies Routes);
    const client = new GithubRestClient({ baseUrl: s.url });
    const items = await all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web', since: '2024-01-01T00:00:00.000Z' }));
    expect(items).toEqual([
      {
        record: {
          kind: 'pull_request', id: 'github:o/r#12', service: 'web', openedAt: '2024-03-02T09:00:00.000Z', author: 'octocat', title: 'Amazing new feature',
          mergedAt: '2024-03-03T12:00:00.000Z', mergedBy: 'hubot', closedAt: '2024-03-03T12:00:00.000Z', firstReviewAt: '2024-03-02T11:00:00.000Z', firstReviewer: 'monalisa',
          url: 'https://github.com/octocat/Hello-World/pull/1347',
        },
      },
      { record: { kind: 'pull_request', id: 'github:o/r#11', service: 'web', openedAt: '2024-03-01T09:00:00.000Z', author: 'octocat', title: 'Amazing new feature', url: 'https://github.com/octocat/Hello-World/pull/1347' } },
    ]);
    // Page 3 is never asked for: page 2 held only PRs older than since.
    expect(s.requests.map((r) => r.path).filter((p) => p.includes('pulls'))).toEqual([
      '/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100', '/repos/o/r/pulls/12/reviews?per_page=100', '/repos/o/r/pulls/12', '/repos/o/r/pulls/11/reviews?per_page=100', '/repositories/7/pulls?state=all&page=2',
    ]);
  });
});

describe('the REST client', () => {
  it('reads the next link of a Link header (rel lists, any order)', () => {
    expect(nextLink('<https://x/repositories/1/issues?page=2>; rel="prev", <https://x/repositories/1/issues?page=4>; rel="next", <https://x/r?page=9>; rel="last"')).toBe('https://x/repositories/1/issues?page=4');
    expect(nextLink('<https://x/r?page=1>; rel="prev", <https://x/r?page=1>; rel="first"')).toBeUndefined();
    expect(nextLink(null)).toBeUndefined();
  });

  it('pages across 3 pages following Link headers as given, with the token', async () => {
    const routes: Routes = {};
    const s = await serve(routes);
    // As GitHub does, the next links point at /repositories/{id}/…, not the path asked for.
    const link = (page: number, last: boolean) =>
      [`<${s.url}/repositories/7/commits?per_page=100&page=${page - 1}>; rel="prev"`, ...(last ? [] : [`<${s.url}/repositories/7/commits?per_page=100&page=${page + 1}>; rel="next"`]), `<${s.url}/repositories/7/commits?per_page=100&page=1>; rel="first"`].join(', ');
    routes['/repos/o/r/commits?per_page=100'] = { body: [commitWith('a1', '2024-01-01T00:00:00Z')], headers: { link: `<${s.url}/repositories/7/commits?per_page=100&page=2>; rel="next", <${s.url}/repositories/7/commits?per_page=100&page=3>; rel="last"` } };
    routes['/repositories/7/commits?per_page=100&page=2'] = { body: [commitWith('a2', '2024-01-02T00:00:00Z'), commitWith('a3', '2024-01-03T00:00:00Z', 2)], headers: { link: link(2, false) } };
    routes['/repositories/7/commits?per_page=100&page=3'] = { body: [commitWith('a4', '2024-01-04T00:00:00Z')], headers: { link: link(3, true) } };
    routes['/repos/o/r/deployments?per_page=100'] = { body: [] };
    routes['/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100'] = { body: [] };
    const client = new GithubRestClient({ baseUrl: s.url, token: 'tok' });
    const items = await all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web' }));
    expect(items.map((i) => ('record' in i && i.record.kind === 'change' ? [i.record.id, i.record.isMerge] : i))).toEqual([['a1', false], ['a2', false], ['a3', true], ['a4', false]]);
    expect(s.requests.map((r) => r.path)).toEqual(['/repos/o/r/commits?per_page=100', '/repositories/7/commits?per_page=100&page=2', '/repositories/7/commits?per_page=100&page=3', '/repos/o/r/deployments?per_page=100', '/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100']);
    expect(s.requests.every((r) => r.auth === 'Bearer tok')).toBe(true);
  });

  it('reads deployments with their statuses, passing sha and since, and stops at older pages', async () => {
    const routes: Routes = {};
    const s2 = await serve(routes);
    const old = { ...(deployments[0] as object), id: 2, created_at: '2020-01-01T00:00:00Z' };
    const recent = { ...(deployments[0] as object), id: 3, created_at: '2024-06-01T00:00:00Z' };
    Object.assign(routes, {
      '/repos/o/r/commits?sha=main&since=2024-01-01T00%3A00%3A00.000Z&per_page=100': { body: commits },
      '/repos/o/r/deployments?per_page=100': { body: [recent], headers: { link: `<${s2.url}/repos/o/r/deployments?per_page=100&page=2>; rel="next"` } },
      // Only older deployments here: paging stops, page 3 (not served: a 404) is never asked for.
      '/repos/o/r/deployments?per_page=100&page=2': { body: [old], headers: { link: `<${s2.url}/repos/o/r/deployments?per_page=100&page=3>; rel="next"` } },
      '/repos/o/r/deployments/3/statuses?per_page=100': { body: [{ ...(statuses[0] as object), created_at: '2024-06-01T00:05:00Z' }] },
      '/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100': { body: [] },
    } satisfies Routes);
    const client = new GithubRestClient({ baseUrl: `${s2.url}/`, token: undefined });
    const items = await all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web', since: '2024-01-01T00:00:00.000Z', branch: 'main' }));
    expect(items).toEqual([
      { record: expect.objectContaining({ kind: 'change', id: '6dcb09b5b57875f334f61aebed695e2e4193db5e' }) },
      { record: expect.objectContaining({ kind: 'deployment', id: 'github:o/r:3', finishedAt: '2024-06-01T00:05:00.000Z' }) },
    ]);
    expect(s2.requests.map((r) => r.path).slice(1, 4)).toEqual(['/repos/o/r/deployments?per_page=100', '/repos/o/r/deployments/3/statuses?per_page=100', '/repos/o/r/deployments?per_page=100&page=2']);
    expect(s2.requests.every((r) => r.auth === undefined)).toBe(true);
  });

  it('a rate-limited response waits until x-ratelimit-reset through the injected sleep, then succeeds', async () => {
    const now = 1_700_000_000_000;
    const s = await serve({
      '/repos/o/r/commits?per_page=100': [
        { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 42) }, body: { message: 'API rate limit exceeded' } },
        { status: 429, headers: { 'retry-after': '7' }, body: { message: 'secondary rate limit' } },
        { body: commits },
      ],
      '/repos/o/r/deployments?per_page=100': { body: [] },
      '/repos/o/r/pulls?state=all&sort=created&direction=desc&per_page=100': { body: [] },
    });
    const sleep = vi.fn(async (_ms: number) => {});
    const client = new GithubRestClient({ baseUrl: s.url, sleep, now: () => now });
    const items = await all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web' }));
    expect(sleep.mock.calls).toEqual([[42_000], [7_000]]);
    expect(items).toHaveLength(1);
  });

  it('a 403 without rate-limit headers and a 500 are errors naming the URL and status', async () => {
    const s = await serve({ '/repos/o/r/commits?per_page=100': { status: 500, body: { message: 'boom' } }, '/repos/o/x/commits?per_page=100': { status: 403, body: { message: 'nope' } } });
    const sleep = vi.fn(async () => {});
    const client = new GithubRestClient({ baseUrl: s.url, sleep });
    await expect(all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web' }))).rejects.toThrow(new GithubApiError(`${s.url}/repos/o/r/commits?per_page=100`, 500, `GET ${s.url}/repos/o/r/commits?per_page=100 answered 500 Internal Server Error`));
    await expect(all(githubRecords(client, { owner: 'o', repo: 'x', service: 'web' }))).rejects.toThrow(/commits\?per_page=100 answered 403/);
    expect(sleep).not.toHaveBeenCalled();
  });

  it('refuses to send the token to another origin', async () => {
    const s = await serve({ '/repos/o/r/commits?per_page=100': { body: [], headers: { link: '<https://evil.example/steal>; rel="next"' } } });
    const client = new GithubRestClient({ baseUrl: s.url, token: 't' });
    await expect(all(githubRecords(client, { owner: 'o', repo: 'r', service: 'web' }))).rejects.toThrow(/refusing to follow https:\/\/evil\.example\/steal/);
  });
});
