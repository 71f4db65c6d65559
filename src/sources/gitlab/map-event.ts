/**
 * One GitLab delivery → records, by its `X-Gitlab-Event` header. The project's
 * `path_with_namespace` chooses the Trellis service (TRELLIS_WEBHOOK_SERVICES.gitlab).
 *
 * - `Deployment Hook`: `success` → a deployment, `failed` → a failed attempt; `running`,
 *   `canceled`, `created` are not final and left out.
 * - `Push Hook`: each commit → a change (as for GitHub; GitLab lists at most 20 commits per push,
 *   the rest arrive through git ingestion).
 * - `Merge Request Hook` and `Note Hook` (comments on merge requests): a `pull_request` record
 *   (map-merge-request.ts).
 */
import { z } from 'zod';
import { changesOf } from '../github/map-push.js';
import { ignored, mapped, parsePayload, unmapped, utc, zeroSha, type MapResult } from '../github/webhook-result.js';
import { mapMergeRequest, mapMergeRequestNote } from './map-merge-request.js';
import { webUrl } from '../web-url.js';

const project = z.object({ path_with_namespace: z.string().min(1) });

const deploymentPayload = z.object({
  status: z.string(),
  status_changed_at: z.string(),
  deployment_id: z.number().int(),
  environment: z.string().min(1),
  short_sha: z.string().optional(),
  commit_url: z.string().optional(),
  /** The job that deployed: the deployment's own page. */
  deployable_url: z.string().nullish(),
  project,
});

const pushPayload = z.object({
  ref: z.string(),
  after: z.string(),
  commits: z.array(z.object({ id: z.string().min(1), message: z.string(), timestamp: z.string(), author: z.object({ email: z.string().nullish() }).optional(), url: z.string().nullish() })).default([]),
  project,
});

const final: Record<string, 'success' | 'failure'> = { success: 'success', failed: 'failure' };

export function mapGitlabEvent(event: string | undefined, body: unknown, services: Readonly<Record<string, string>>): MapResult {
  switch (event) {
    case 'Deployment Hook':
      return mapDeployment(body, services);
    case 'Push Hook':
      return mapPush(body, services);
    case 'Merge Request Hook':
      return mapMergeRequest(body, services);
    case 'Note Hook':
      return mapMergeRequestNote(body, services);
    case undefined:
      return ignored('no X-Gitlab-Event header');
    default:
      return ignored(`event "${event}" is not used`);
  }
}

function mapDeployment(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(deploymentPayload, body, 'Deployment Hook');
  if (!p.ok) return p.result;
  const d = p.value;
  const status = final[d.status];
  if (status === undefined) return ignored(`deployment status "${d.status}" is not final`);
  const service = services[d.project.path_with_namespace];
  if (service === undefined) return ignored(unmapped('project', d.project.path_with_namespace));
  const finishedAt = utc(d.status_changed_at);
  if (finishedAt === undefined) return ignored(`status_changed_at "${d.status_changed_at}" is not a time`);
  // The full sha is only in commit_url; changes are keyed by full sha, so prefer it to short_sha.
  const commit = /\/commit\/([0-9a-f]{40})$/i.exec(d.commit_url ?? '')?.[1]?.toLowerCase() ?? d.short_sha;
  return mapped([
    {
      kind: 'deployment',
      id: `gitlab:${d.project.path_with_namespace}:${d.deployment_id}`,
      service,
      finishedAt,
      environment: d.environment,
      status,
      ...(commit ? { commit } : {}),
      ...webUrl(d.deployable_url),
    },
  ]);
}

function mapPush(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(pushPayload, body, 'Push Hook');
  if (!p.ok) return p.result;
  const { ref, after, commits, project: proj } = p.value;
  if (zeroSha.test(after)) return ignored(`branch deletion (${ref})`);
  if (commits.length === 0) return ignored(`push to ${ref} carried no commits`);
  const service = services[proj.path_with_namespace];
  if (service === undefined) return ignored(unmapped('project', proj.path_with_namespace));
  return changesOf(commits, service);
}
