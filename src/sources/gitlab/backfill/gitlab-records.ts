/**
 * A GitLab project's history from the REST API (v4) as Trellis records, streamed:
 *
 * - `GET /projects/:id` once: the `path_with_namespace` names records exactly as the webhooks do,
 *   whether the project was given by number or by path.
 * - `GET /projects/:id/deployments?order_by=updated_at&updated_after=` → deployments:
 *   `success` → a deployment, `failed` → a failed attempt (ids as the Deployment Hook's,
 *   `gitlab:PATH:ID`), finished when the deploy job finished; other states are not final.
 * - `GET /projects/:id/merge_requests?state=all&created_after=` → pull_request records (ids as the
 *   Merge Request Hook's, `gitlab:PATH!IID`); the first review is the first note by someone other
 *   than the author — a review comment or the "approved this merge request" system note — from
 *   `/merge_requests/:iid/notes` (GitLab's approvals API carries no times).
 * - Pipelines, only when asked (`pipelineRef`): a finished pipeline on that ref is a deployment
 *   of its commit (success, or failed as a failed attempt), for projects that deploy from a
 *   pipeline without GitLab environments. Ids `gitlab:PATH:pipeline:ID`.
 * `since` is passed to GitLab as the `updated_after`/`created_after` filter.
 */
import { z } from 'zod';
import type { RecordOf, TrellisRecord } from '../../../core/records/schemas.js';
import { utc } from '../../github/webhook-result.js';
import { GitlabApiError, type GitlabRestClient } from './rest-client.js';
import { webUrl } from '../../web-url.js';

export interface GitlabBackfillTarget {
  /** Numeric id or `group/project` path. */
  project: string;
  service: string;
  since?: string | undefined;
  /** Read pipelines on this ref as deployments to `environment`. */
  pipelineRef?: string | undefined;
  environment?: string | undefined;
}

export type GitlabItem = { record: TrellisRecord } | { skipped: string };

const user = z.object({ username: z.string().min(1) }).nullish();
const project = z.object({ id: z.number().int(), path_with_namespace: z.string().min(1) });
const deployment = z.object({
  id: z.number().int(),
  sha: z.string().nullish(),
  status: z.string(),
  updated_at: z.string(),
  environment: z.object({ name: z.string().min(1) }),
  deployable: z.object({ finished_at: z.string().nullish(), web_url: z.string().nullish() }).nullish(),
});
const mergeRequest = z.object({
  iid: z.number().int(),
  title: z.string().nullish(),
  created_at: z.string(),
  merged_at: z.string().nullish(),
  closed_at: z.string().nullish(),
  author: user,
  merge_user: user,
  merged_by: user,
  web_url: z.string().nullish(),
});
const note = z.object({ body: z.string().nullish(), system: z.boolean().nullish(), created_at: z.string(), author: user });
const pipeline = z.object({ id: z.number().int(), sha: z.string().nullish(), ref: z.string().nullish(), status: z.string(), updated_at: z.string(), web_url: z.string().nullish() });

const final: Record<string, 'success' | 'failure'> = { success: 'success', failed: 'failure' };
const why = (e: z.ZodError) => e.issues[0] ? `${e.issues[0].path.join('.')}: ${e.issues[0].message}` : 'bad shape';

export function deploymentFromGitlab(item: unknown, path: string, service: string): GitlabItem {
  const d = deployment.safeParse(item);
  if (!d.success) return { skipped: `deployment not understood (${why(d.error)})` };
  const status = final[d.data.status];
  if (status === undefined) return { skipped: `deployment ${d.data.id}: status "${d.data.status}" is not final` };
  const finishedAt = utc(d.data.deployable?.finished_at ?? d.data.updated_at);
  if (finishedAt === undefined) return { skipped: `deployment ${d.data.id}: no finish time` };
  return {
    record: { kind: 'deployment', id: `gitlab:${path}:${d.data.id}`, service, finishedAt, environment: d.data.environment.name, status, ...(d.data.sha ? { commit: d.data.sha.toLowerCase() } : {}), ...webUrl(d.data.deployable?.web_url) },
  };
}

/** The first review of a merge request from its notes: the earliest note by someone else. */
export function firstReviewFromNotes(notes: readonly unknown[], author: string | undefined, openedAt: string): Pick<RecordOf<'pull_request'>, 'firstReviewAt' | 'firstReviewer'> {
  let first: { at: string; by: string } | undefined;
  for (const raw of notes) {
    const n = note.safeParse(raw);
    if (!n.success || !n.data.author || n.data.author.username === author) continue;
    // System notes are GitLab's own log lines ("added 1 commit", "changed the title"); only an approval is a review.
    if (n.data.system && !/^approved this merge request/i.test(n.data.body ?? '')) continue;
    const at = utc(n.data.created_at);
    if (at !== undefined && (first === undefined || at < first.at)) first = { at: at < openedAt ? openedAt : at, by: n.data.author.username };
  }
  return first ? { firstReviewAt: first.at, firstReviewer: first.by } : {};
}

export function mergeRequestFromGitlab(item: unknown, notes: readonly unknown[], path: string, service: string): GitlabItem {
  const m = mergeRequest.safeParse(item);
  if (!m.success) return { skipped: `merge request not understood (${why(m.error)})` };
  const mr = m.data;
  const openedAt = utc(mr.created_at);
  if (openedAt === undefined) return { skipped: `merge request !${mr.iid}: created_at "${mr.created_at}" is not a time` };
  const mergedAt = mr.merged_at ? utc(mr.merged_at) : undefined;
  const closedAt = mr.closed_at ? utc(mr.closed_at) : mergedAt;
  const merger = mr.merge_user ?? mr.merged_by;
  return {
    record: {
      kind: 'pull_request',
      id: `gitlab:${path}!${mr.iid}`,
      service,
      openedAt,
      ...(mr.author ? { author: mr.author.username } : {}),
      ...firstReviewFromNotes(notes, mr.author?.username, openedAt),
      ...(mergedAt ? { mergedAt } : {}),
      ...(mergedAt && merger ? { mergedBy: merger.username } : {}),
      ...(closedAt ? { closedAt } : {}),
      ...(mr.title ? { title: mr.title.slice(0, 2000) } : {}),
      ...webUrl(mr.web_url),
    },
  };
}

export function pipelineFromGitlab(item: unknown, path: string, service: string, environment: string): GitlabItem {
  const p = pipeline.safeParse(item);
  if (!p.success) return { skipped: `pipeline not understood (${why(p.error)})` };
  const status = final[p.data.status];
  if (status === undefined) return { skipped: `pipeline ${p.data.id}: status "${p.data.status}" is not final` };
  const finishedAt = utc(p.data.updated_at);
  if (finishedAt === undefined) return { skipped: `pipeline ${p.data.id}: updated_at is not a time` };
  return { record: { kind: 'deployment', id: `gitlab:${path}:pipeline:${p.data.id}`, service, finishedAt, environment, status, ...(p.data.sha ? { commit: p.data.sha.toLowerCase() } : {}), ...webUrl(p.data.web_url) } };
}

export async function* gitlabRecords(client: GitlabRestClient, t: GitlabBackfillTarget): AsyncGenerator<GitlabItem> {
  const ref = `projects/${encodeURIComponent(t.project)}`;
  const url = client.url(ref);
  const info = project.safeParse((await client.get(url)).body);
  if (!info.success) throw new GitlabApiError(url, 200, `GET ${url}: project not understood (${why(info.error)})`);
  const path = info.data.path_with_namespace;
  const base = `projects/${info.data.id}`;

  const deployments = client.url(`${base}/deployments`, { order_by: 'updated_at', sort: 'asc', updated_after: t.since, per_page: '100' });
  for await (const page of client.pages(deployments)) for (const d of page) yield deploymentFromGitlab(d, path, t.service);

  const mrs = client.url(`${base}/merge_requests`, { state: 'all', order_by: 'created_at', sort: 'asc', created_after: t.since, per_page: '100' });
  for await (const page of client.pages(mrs)) {
    for (const mr of page) {
      const iid = (mr as { iid?: unknown } | null)?.iid;
      const notes: unknown[] = [];
      if (typeof iid === 'number') {
        for await (const np of client.pages(client.url(`${base}/merge_requests/${iid}/notes`, { sort: 'asc', order_by: 'created_at', per_page: '100' }))) notes.push(...np);
      }
      yield mergeRequestFromGitlab(mr, notes, path, t.service);
    }
  }

  if (t.pipelineRef !== undefined) {
    const pipelines = client.url(`${base}/pipelines`, { ref: t.pipelineRef, updated_after: t.since, order_by: 'id', sort: 'asc', per_page: '100' });
    for await (const page of client.pages(pipelines)) for (const p of page) yield pipelineFromGitlab(p, path, t.service, t.environment ?? 'production');
  }
}
