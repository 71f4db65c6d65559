/**
 * GitHub `pull_request` and `pull_request_review` → a `pull_request` record (id
 * `github:OWNER/REPO#N`), for the cross-team friction figures. The PR's commits still arrive as
 * changes through `push`; this record carries only the PR's own timeline: opened, first reviewed,
 * merged, closed, and by whom.
 *
 * - People are GitHub logins here; the app turns them into Trellis person ids (or leaves them
 *   out, see app/webhooks/resolve-people.ts).
 * - `merged` decides a merge: `merge_commit_sha` is set on unmerged PRs too.
 * - A review counts when submitted (not pending) by someone other than the author — a comment
 *   on one's own PR is not a review. Each review event carries its time; the stored record keeps
 *   the earliest (app/webhooks/merge-existing.ts), so this is the *first* review.
 */
import { z } from 'zod';
import type { RecordOf } from '../../core/records/schemas.js';
import { webUrl } from '../web-url.js';
import { ignored, mapped, parsePayload, unmapped, utc, type MapResult } from './webhook-result.js';

const user = z.object({ login: z.string().min(1) }).nullish();

export const restPullRequest = z.object({
  number: z.number().int(),
  title: z.string().nullish(),
  user,
  created_at: z.string(),
  closed_at: z.string().nullish(),
  merged_at: z.string().nullish(),
  merged: z.boolean().nullish(),
  merged_by: user,
  html_url: z.string().nullish(),
});

const prPayload = z.object({ action: z.string(), pull_request: restPullRequest, repository: z.object({ full_name: z.string().min(1) }) });

export const restReview = z.object({ user, state: z.string(), submitted_at: z.string().nullish() });
const reviewPayload = z.object({ action: z.string(), review: restReview, pull_request: restPullRequest, repository: z.object({ full_name: z.string().min(1) }) });

type PullRequest = RecordOf<'pull_request'>;

/** A REST or webhook pull request object → the record, or why not. */
export function pullRequestRecord(pr: z.infer<typeof restPullRequest>, fullName: string, service: string): PullRequest | string {
  const openedAt = utc(pr.created_at);
  if (openedAt === undefined) return `pull request #${pr.number}: created_at "${pr.created_at}" is not a time`;
  // Clock skew between GitHub's records never puts a merge or close before the opening (import would refuse it).
  const notBefore = (t: string | undefined) => (t === undefined ? undefined : t < openedAt ? openedAt : t);
  const mergedAt = notBefore(pr.merged_at ? utc(pr.merged_at) : undefined);
  const closedAt = notBefore(pr.closed_at ? utc(pr.closed_at) : undefined);
  // A merged PR without merged_by (REST list answers leave it out) keeps its merge time alone.
  const merged = mergedAt !== undefined && pr.merged !== false;
  return {
    kind: 'pull_request',
    id: `github:${fullName}#${pr.number}`,
    service,
    openedAt,
    ...(pr.user ? { author: pr.user.login } : {}),
    ...(merged ? { mergedAt } : {}),
    ...(merged && pr.merged_by ? { mergedBy: pr.merged_by.login } : {}),
    ...(closedAt ? { closedAt } : {}),
    ...(pr.title ? { title: pr.title.slice(0, 2000) } : {}),
    ...webUrl(pr.html_url),
  };
}

/** A submitted review by someone other than the author, as the first-review fields; else why not. */
export function reviewFields(review: z.infer<typeof restReview>, author: string | undefined, openedAt: string): Pick<PullRequest, 'firstReviewAt' | 'firstReviewer'> | string {
  if (review.state.toLowerCase() === 'pending' || !review.submitted_at) return 'review not submitted yet';
  // GitHub logins are case-insensitive.
  if (review.user && author !== undefined && review.user.login.toLowerCase() === author.toLowerCase()) return "the author's own comment is not a review";
  const at = utc(review.submitted_at);
  if (at === undefined) return `submitted_at "${review.submitted_at}" is not a time`;
  // Clock skew between GitHub's records never makes a review come before the PR.
  const firstReviewAt = at < openedAt ? openedAt : at;
  return { firstReviewAt, ...(review.user ? { firstReviewer: review.user.login } : {}) };
}

export function mapPullRequest(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(prPayload, body, 'pull_request');
  if (!p.ok) return p.result;
  const { pull_request: pr, repository } = p.value;
  const service = services[repository.full_name];
  if (service === undefined) return ignored(unmapped('repository', repository.full_name));
  const record = pullRequestRecord(pr, repository.full_name, service);
  return typeof record === 'string' ? ignored(record) : mapped([record]);
}

export function mapPullRequestReview(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(reviewPayload, body, 'pull_request_review');
  if (!p.ok) return p.result;
  const { action, review, pull_request: pr, repository } = p.value;
  if (action !== 'submitted') return ignored(`review of pull request #${pr.number} ${action}: only submitted reviews count`);
  const service = services[repository.full_name];
  if (service === undefined) return ignored(unmapped('repository', repository.full_name));
  const record = pullRequestRecord(pr, repository.full_name, service);
  if (typeof record === 'string') return ignored(record);
  const fields = reviewFields(review, pr.user?.login, record.openedAt);
  if (typeof fields === 'string') return mapped([record], [`review of pull request #${pr.number}: ${fields}`]);
  return mapped([{ ...record, ...fields }]);
}
