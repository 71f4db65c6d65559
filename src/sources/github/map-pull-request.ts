/**
 * GitHub `pull_request`: never a record (yet), but the reason says which case it was. Pull
 * requests are left out because the record contract's `change` needs a commit time, which a PR
 * payload does not carry, and the PR's commits already arrive as changes through `push`: a PR
 * change would count the same work twice in lead time. PR metadata waits for a record kind of
 * its own. `merged` decides a merge — `merge_commit_sha` is set on unmerged PRs too.
 */
import { z } from 'zod';
import { ignored, parsePayload, type MapResult } from './webhook-result.js';

const payload = z.object({
  action: z.string(),
  pull_request: z.object({ number: z.number().int(), merged: z.boolean().nullish() }),
});

export const mergedPullRequestReason = 'merged pull requests are not recorded: their commits arrive as changes through push events, and a PR carries no commit time';

export function mapPullRequest(body: unknown): MapResult {
  const p = parsePayload(payload, body, 'pull_request');
  if (!p.ok) return p.result;
  const { action, pull_request: pr } = p.value;
  if (action !== 'closed') return ignored(`pull request #${pr.number} ${action}: only merges matter`);
  if (pr.merged !== true) return ignored(`pull request #${pr.number} closed without merging`);
  return ignored(`pull request #${pr.number}: ${mergedPullRequestReason}`);
}
