/**
 * A repository's history from the GitHub REST API as Trellis records, streamed:
 *
 * - `GET /repos/{o}/{r}/deployments` (newest first) and each deployment's `/statuses`: the latest
 *   final status (success, or failure/error) makes the deployment, mapped exactly as the
 *   `deployment_status` webhook (map-deployment-status.ts); deployments with no final status are
 *   skipped with a reason. With `since`, deployments created before it are left out and paging
 *   stops at the first page that holds only older ones.
 * - `GET /repos/{o}/{r}/commits?sha=&since=` → changes, mapped as push commits (map-push.ts), with
 *   the committer date as `committedAt` (as git ingestion) and `isMerge` from the parents, which
 *   the REST API (unlike a push payload) does give.
 * - `GET /repos/{o}/{r}/pulls?state=all&sort=created&direction=desc` → pull requests (mapped as the
 *   `pull_request` webhook), each with its first submitted review by someone other than the
 *   author (`/pulls/{n}/reviews`) and, when merged, who merged it (`/pulls/{n}`: the list leaves
 *   `merged_by` out). With `since`, paging stops at the first page of only older PRs.
 */
import { z } from 'zod';
import type { TrellisRecord } from '../../../core/records/schemas.js';
import { mapDeploymentStatus } from '../map-deployment-status.js';
import { pullRequestRecord, restPullRequest, restReview, reviewFields } from '../map-pull-request.js';
import { changesOf } from '../map-push.js';
import type { GithubRestClient } from './rest-client.js';

export interface GithubBackfillTarget {
  owner: string;
  repo: string;
  service: string;
  /** ISO time: only commits and deployments from then on. */
  since?: string | undefined;
  /** Branch (or sha) whose history is read; the repository's default branch when absent. */
  branch?: string | undefined;
}

export type BackfillItem = { record: TrellisRecord } | { skipped: string };

const deployment = z.object({ id: z.number().int(), sha: z.string().min(1), environment: z.string().min(1), created_at: z.string() });
const status = z.object({ id: z.number().int(), state: z.string(), created_at: z.string(), environment: z.string().optional(), log_url: z.string().nullish(), target_url: z.string().nullish() });
const commit = z.object({
  sha: z.string().min(1),
  html_url: z.string().nullish(),
  parents: z.array(z.object({ sha: z.string() })).default([]),
  commit: z.object({
    message: z.string(),
    author: z.object({ email: z.string().nullish() }).nullish(),
    committer: z.object({ date: z.string() }).nullish(),
  }),
});

const finalStates = new Set(['success', 'failure', 'error']);
const seg = encodeURIComponent;

/** The latest final status of a deployment (statuses come newest first, but do not rely on it). */
export function latestFinalStatus(statuses: readonly z.infer<typeof status>[]): z.infer<typeof status> | undefined {
  let best: z.infer<typeof status> | undefined;
  for (const s of statuses) {
    if (!finalStates.has(s.state)) continue;
    const t = Date.parse(s.created_at);
    const bt = best === undefined ? Number.NEGATIVE_INFINITY : Date.parse(best.created_at);
    if (best === undefined || t > bt || (t === bt && s.id > best.id)) best = s;
  }
  return best;
}

/** One REST deployment and its statuses → a deployment record, or why not. */
export function deploymentFromRest(dep: unknown, statuses: readonly unknown[], fullName: string, service: string): BackfillItem[] {
  const d = deployment.safeParse(dep);
  if (!d.success) return [{ skipped: `deployment not understood (${d.error.issues[0]?.message ?? 'bad shape'})` }];
  const parsed = statuses.map((s) => status.safeParse(s)).flatMap((r) => (r.success ? [r.data] : []));
  const latest = latestFinalStatus(parsed);
  if (latest === undefined) return [{ skipped: `deployment ${d.data.id}: no final status` }];
  const result = mapDeploymentStatus({ deployment_status: latest, deployment: d.data, repository: { full_name: fullName } }, { [fullName]: service });
  return [...result.records.map((record) => ({ record })), ...result.ignored.map((skipped) => ({ skipped: `deployment ${d.data.id}: ${skipped}` }))];
}

/** One REST commit → a change record, or why not. */
export function changeFromRest(item: unknown, service: string): BackfillItem[] {
  const c = commit.safeParse(item);
  if (!c.success) return [{ skipped: `commit not understood (${c.error.issues[0]?.message ?? 'bad shape'})` }];
  const { sha, parents, commit: body, html_url } = c.data;
  const timestamp = body.committer?.date;
  if (timestamp === undefined) return [{ skipped: `commit ${sha}: no committer date` }];
  const result = changesOf([{ id: sha, message: body.message, timestamp, author: { email: body.author?.email }, url: html_url }], service);
  return [
    ...result.records.map((record) => ({ record: record.kind === 'change' ? { ...record, isMerge: parents.length > 1 } : record })),
    ...result.ignored.map((skipped) => ({ skipped })),
  ];
}

/** A REST pull request, its reviews and (when merged) its full form → a pull_request record, or why not. */
export function pullRequestFromRest(item: unknown, reviews: readonly unknown[], full: unknown, fullName: string, service: string): BackfillItem[] {
  const p = restPullRequest.safeParse(full ?? item);
  if (!p.success) return [{ skipped: `pull request not understood (${p.error.issues[0]?.message ?? 'bad shape'})` }];
  const record = pullRequestRecord(p.data, fullName, service);
  if (typeof record === 'string') return [{ skipped: record }];
  let first: { firstReviewAt: string; firstReviewer?: string } | undefined;
  for (const raw of reviews) {
    const r = restReview.safeParse(raw);
    if (!r.success) continue;
    const f = reviewFields(r.data, record.author, record.openedAt);
    if (typeof f !== 'string' && f.firstReviewAt !== undefined && (first === undefined || f.firstReviewAt < first.firstReviewAt)) first = { firstReviewAt: f.firstReviewAt, ...(f.firstReviewer ? { firstReviewer: f.firstReviewer } : {}) };
  }
  return [{ record: { ...record, ...first } }];
}

export async function* githubRecords(client: GithubRestClient, t: GithubBackfillTarget): AsyncGenerator<BackfillItem> {
  const fullName = `${t.owner}/${t.repo}`;
  const repoPath = `repos/${seg(t.owner)}/${seg(t.repo)}`;
  const since = t.since === undefined ? undefined : Date.parse(t.since);

  for await (const page of client.pages(client.url(`${repoPath}/commits`, { sha: t.branch, since: t.since, per_page: '100' }))) {
    for (const item of page) yield* changeFromRest(item, t.service);
  }

  for await (const page of client.pages(client.url(`${repoPath}/deployments`, { per_page: '100' }))) {
    let anyRecent = false;
    for (const dep of page) {
      const created = deployment.shape.created_at.safeParse((dep as { created_at?: unknown } | null)?.created_at);
      if (since !== undefined && created.success && Date.parse(created.data) < since) continue;
      anyRecent = true;
      const id = (dep as { id?: unknown } | null)?.id;
      const statuses: unknown[] = [];
      if (typeof id === 'number') {
        for await (const sp of client.pages(client.url(`${repoPath}/deployments/${id}/statuses`, { per_page: '100' }))) statuses.push(...sp);
      }
      yield* deploymentFromRest(dep, statuses, fullName, t.service);
    }
    if (since !== undefined && !anyRecent && page.length > 0) break;
  }

  for await (const page of client.pages(client.url(`${repoPath}/pulls`, { state: 'all', sort: 'created', direction: 'desc', per_page: '100' }))) {
    let anyRecent = false;
    for (const pr of page) {
      const p = restPullRequest.safeParse(pr);
      if (!p.success) {
        yield* pullRequestFromRest(pr, [], undefined, fullName, t.service);
        continue;
      }
      if (since !== undefined && Date.parse(p.data.created_at) < since) continue;
      anyRecent = true;
      const reviews: unknown[] = [];
      for await (const rp of client.pages(client.url(`${repoPath}/pulls/${p.data.number}/reviews`, { per_page: '100' }))) reviews.push(...rp);
      const full = p.data.merged_at ? (await client.get(client.url(`${repoPath}/pulls/${p.data.number}`))).body : undefined;
      yield* pullRequestFromRest(pr, reviews, full, fullName, t.service);
    }
    if (since !== undefined && !anyRecent && page.length > 0) break;
  }
}
