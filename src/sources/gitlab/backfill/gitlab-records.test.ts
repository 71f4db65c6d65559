import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeGithub as fakeServer, type Routes } from '../../github/backfill/fake-github.test-helpers.js';
import { deploymentFromGitlab, gitlabRecords, mergeRequestFromGitlab, pipelineFromGitlab, type GitlabItem } from './gitlab-records.js';
import { GitlabApiError, GitlabRestClient, gitlabNextPage } from './rest-client.js';

const load = <T = unknown>(name: string): T => JSON.parse(readFileSync(new URL(`../../../../test/fixtures/gitlab-rest/${name}`, import.meta.url), 'utf8')) as T;
const project = load('project.json');
const deployments = load<unknown[]>('deployments.json');
const mergeRequests = load<unknown[]>('merge-requests.json');
const notes = load<unknown[]>('notes.json');
const pipelines = load<unknown[]>('pipelines.json');
const path = 'gitlabhq/gitlab-test';

let closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(closers.map((c) => c()));
  closers = [];
});
async function serve(routes: Routes) {
  const s = await fakeServer(routes);
  closers.push(s.close);
  return s;
}
async function all(it: AsyncIterable<GitlabItem>): Promise<GitlabItem[]> {
  const out: GitlabItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}

describe('mapping GitLab REST answers', () => {
  it('a successful deployment finishes with its deploy job; a failed one is a failed attempt; others are not final', () => {
    expect(deploymentFromGitlab(deployments[0], path, 'ledger')).toEqual({
      record: { kind: 'deployment', id: 'gitlab:gitlabhq/gitlab-test:41', service: 'ledger', finishedAt: '2016-08-11T07:36:39.851Z', environment: 'production', status: 'success', commit: '99d03678b90d914dbb1b109132516d71a4a03ea8' },
    });
    expect(deploymentFromGitlab(deployments[1], path, 'ledger')).toMatchObject({ record: { status: 'failure', finishedAt: '2016-08-11T11:32:35.145Z' } });
    expect(deploymentFromGitlab({ ...(deployments[0] as object), status: 'running' }, path, 'ledger')).toEqual({ skipped: 'deployment 41: status "running" is not final' });
  });

  it('a merge request: author, merger, and the first review from the notes (an approval or a comment by someone else)', () => {
    expect(mergeRequestFromGitlab(mergeRequests[0], notes, path, 'ledger')).toEqual({
      record: {
        kind: 'pull_request', id: 'gitlab:gitlabhq/gitlab-test!1', service: 'ledger', openedAt: '2013-12-03T17:23:34.000Z', author: 'root',
        firstReviewAt: '2013-12-04T10:15:00.000Z', firstReviewer: 'user1', mergedAt: '2013-12-05T09:12:00.000Z', mergedBy: 'user1', closedAt: '2013-12-05T09:12:00.000Z', title: 'MS-Viewport',
        url: 'http://example.com/gitlabhq/gitlab-test/-/merge_requests/1',
      },
    });
    const comment = { id: 305, body: 'LGTM once the test is in', author: { id: 7, username: 'user2' }, created_at: '2013-12-04T09:00:00.000Z', system: false };
    expect(mergeRequestFromGitlab(mergeRequests[0], [...notes, comment], path, 'ledger')).toMatchObject({ record: { firstReviewAt: '2013-12-04T09:00:00.000Z', firstReviewer: 'user2' } });
  });

  it('a finished pipeline is a deployment of its commit; a running one is not', () => {
    expect(pipelineFromGitlab(pipelines[0], path, 'ledger', 'production')).toEqual({
      record: { kind: 'deployment', id: 'gitlab:gitlabhq/gitlab-test:pipeline:47', service: 'ledger', finishedAt: '2016-08-11T11:32:35.169Z', environment: 'production', status: 'success', commit: 'a91957a858320c0e17f3a0eca7cfacbff50ea29a', url: 'https://example.com/foo/bar/pipelines/47' },
    });
    expect(pipelineFromGitlab(pipelines[1], path, 'ledger', 'production')).toEqual({ skipped: 'pipeline 48: status "running" is not final' });
  });
});

describe('the GitLab REST client', () => {
  it('pages with the Link header (keyset) or else x-next-page', () => {
    const h = (o: Record<string, string>) => new Headers(o);
    expect(gitlabNextPage('https://g/api/v4/projects/1/deployments?per_page=100', h({ link: '<https://g/api/v4/projects/1/deployments?id_after=42&per_page=100>; rel="next"' }))).toBe('https://g/api/v4/projects/1/deployments?id_after=42&per_page=100');
    expect(gitlabNextPage('https://g/api/v4/projects/1/deployments?per_page=100', h({ 'x-next-page': '3' }))).toBe('https://g/api/v4/projects/1/deployments?per_page=100&page=3');
    expect(gitlabNextPage('https://g/api/v4/x', h({ 'x-next-page': '' }))).toBeUndefined();
  });

  it('reads a project by path: deployments over pages, merge requests with their notes, pipelines when asked, with the token', async () => {
    const routes: Routes = {};
    const s = await serve(routes);
    const since = '2013-01-01T00%3A00%3A00.000Z';
    Object.assign(routes, {
      '/api/v4/projects/gitlabhq%2Fgitlab-test': { body: project },
      [`/api/v4/projects/1/deployments?order_by=updated_at&sort=asc&updated_after=${since}&per_page=100`]: { body: [deployments[0]], headers: { 'x-next-page': '2', 'x-page': '1' } },
      [`/api/v4/projects/1/deployments?order_by=updated_at&sort=asc&updated_after=${since}&per_page=100&page=2`]: { body: [deployments[1]], headers: { 'x-next-page': '', 'x-page': '2' } },
      [`/api/v4/projects/1/merge_requests?state=all&order_by=created_at&sort=asc&created_after=${since}&per_page=100`]: { body: mergeRequests, headers: { link: `<${s.url}/api/v4/projects/1/merge_requests?id_after=99&per_page=100>; rel="next"` } },
      '/api/v4/projects/1/merge_requests?id_after=99&per_page=100': { body: [] },
      '/api/v4/projects/1/merge_requests/1/notes?sort=asc&order_by=created_at&per_page=100': { body: notes },
      [`/api/v4/projects/1/pipelines?ref=main&updated_after=${since}&order_by=id&sort=asc&per_page=100`]: { body: pipelines },
    } satisfies Routes);
    const client = new GitlabRestClient({ baseUrl: s.url, token: 'glpat-x' });
    const items = await all(gitlabRecords(client, { project: path, service: 'ledger', since: '2013-01-01T00:00:00.000Z', pipelineRef: 'main' }));
    expect(items.map((i) => ('record' in i ? `${i.record.kind}:${(i.record as { id: string }).id}` : i.skipped))).toEqual([
      'deployment:gitlab:gitlabhq/gitlab-test:41',
      'deployment:gitlab:gitlabhq/gitlab-test:42',
      'pull_request:gitlab:gitlabhq/gitlab-test!1',
      'deployment:gitlab:gitlabhq/gitlab-test:pipeline:47',
      'pipeline 48: status "running" is not final',
    ]);
    expect(s.requests.every((r) => r.path.startsWith('/api/v4/'))).toBe(true);
    expect(s.requests).toHaveLength(7);
  });

  it('waits out a 429 (Retry-After, then RateLimit-Reset) and a used-up limit before the next request', async () => {
    const now = 1_700_000_000_000;
    const s = await serve({
      '/api/v4/projects/7': [
        { status: 429, headers: { 'retry-after': '3' }, body: { message: '429 Too Many Requests' } },
        { status: 429, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(now / 1000 + 20) }, body: { message: 'Retry later' } },
        { body: { ...(project as object), id: 7 }, headers: { 'ratelimit-remaining': '0', 'ratelimit-reset': String(now / 1000 + 9) } },
      ],
      '/api/v4/projects/7/deployments?order_by=updated_at&sort=asc&per_page=100': { body: [] },
      '/api/v4/projects/7/merge_requests?state=all&order_by=created_at&sort=asc&per_page=100': { body: [] },
    });
    const sleep = vi.fn(async (_ms: number) => {});
    const client = new GitlabRestClient({ baseUrl: `${s.url}/api/v4`, sleep, now: () => now });
    expect(await all(gitlabRecords(client, { project: '7', service: 'ledger' }))).toEqual([]);
    expect(sleep.mock.calls).toEqual([[3_000], [20_000], [9_000]]);
  });

  it('any other failure is an error naming the URL and status; the token never leaves the origin', async () => {
    const s = await serve({ '/api/v4/projects/1': { status: 404, body: { message: '404 Project Not Found' } }, '/api/v4/projects/2': { body: { ...(project as object), id: 2 } }, '/api/v4/projects/2/deployments?order_by=updated_at&sort=asc&per_page=100': { body: [deployments[0]], headers: { link: '<https://evil.example/api/v4/steal>; rel="next"' } } });
    const client = new GitlabRestClient({ baseUrl: s.url, token: 't' });
    await expect(all(gitlabRecords(client, { project: '1', service: 'x' }))).rejects.toThrow(new GitlabApiError(`${s.url}/api/v4/projects/1`, 404, `GET ${s.url}/api/v4/projects/1 answered 404 Not Found`));
    await expect(all(gitlabRecords(client, { project: '2', service: 'x' }))).rejects.toThrow(/refusing to follow https:\/\/evil\.example/);
  });
});
