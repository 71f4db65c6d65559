/**
 * GitLab `Merge Request Hook` → a `pull_request` record (id `gitlab:GROUP/PROJECT!IID`).
 *
 * The payload's `user` is whoever did the action, and the merge request names its author only by
 * numeric `author_id`. So each action fills what it can tell:
 * - `open`/`reopen` (and any event by the author, `user.id = author_id`): the author;
 * - `approved`/`approval` by someone else: the first review (`updated_at` is when it happened;
 *   the stored record keeps the earliest, see app/webhooks/merge-existing.ts);
 * - `merge`: merged by `user`, at `merged_at` (or `updated_at` on older GitLab versions);
 * - `close`: closed at `closed_at` (or `updated_at`).
 * Usernames are turned into Trellis person ids (or left out) by the app, as for GitHub.
 *
 * `Note Hook` on a merge request: a comment by someone other than the author is a review too (as
 * the backfill reads it from the notes), so the first review is the first comment or approval.
 */
import { z } from 'zod';
import type { RecordOf } from '../../core/records/schemas.js';
import { ignored, mapped, parsePayload, unmapped, utc, type MapResult } from '../github/webhook-result.js';
import { webUrl } from '../web-url.js';

const payload = z.object({
  user: z.object({ id: z.number().int().optional(), username: z.string().min(1) }).nullish(),
  project: z.object({ path_with_namespace: z.string().min(1) }),
  object_attributes: z.object({
    iid: z.number().int(),
    title: z.string().nullish(),
    action: z.string().nullish(),
    author_id: z.number().int().nullish(),
    created_at: z.string(),
    updated_at: z.string().nullish(),
    merged_at: z.string().nullish(),
    closed_at: z.string().nullish(),
    url: z.string().nullish(),
  }),
});

const time = (...texts: (string | null | undefined)[]): string | undefined => {
  for (const t of texts) if (t) return utc(t);
  return undefined;
};

export function mapMergeRequest(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(payload, body, 'Merge Request Hook');
  if (!p.ok) return p.result;
  const { user, project, object_attributes: mr } = p.value;
  const service = services[project.path_with_namespace];
  if (service === undefined) return ignored(unmapped('project', project.path_with_namespace));
  const openedAt = utc(mr.created_at);
  if (openedAt === undefined) return ignored(`merge request !${mr.iid}: created_at "${mr.created_at}" is not a time`);
  const action = mr.action ?? '';
  const byAuthor = user !== null && user !== undefined && (action === 'open' || action === 'reopen' || (user.id !== undefined && user.id === mr.author_id));
  const record: RecordOf<'pull_request'> = {
    kind: 'pull_request',
    id: `gitlab:${project.path_with_namespace}!${mr.iid}`,
    service,
    openedAt,
    ...(byAuthor ? { author: user.username } : {}),
    ...(mr.title ? { title: mr.title.slice(0, 2000) } : {}),
    ...webUrl(mr.url),
  };
  const notes: string[] = [];
  const at = (t: string | undefined) => (t === undefined ? undefined : t < openedAt ? openedAt : t);
  if ((action === 'approved' || action === 'approval') && !byAuthor) {
    const reviewAt = at(time(mr.updated_at));
    if (reviewAt) Object.assign(record, { firstReviewAt: reviewAt, ...(user ? { firstReviewer: user.username } : {}) });
    else notes.push(`merge request !${mr.iid}: approval without a time`);
  }
  if (action === 'merge') {
    const mergedAt = at(time(mr.merged_at, mr.updated_at));
    if (mergedAt) Object.assign(record, { mergedAt, closedAt: mergedAt, ...(user ? { mergedBy: user.username } : {}) });
  }
  if (action === 'close') {
    const closedAt = at(time(mr.closed_at, mr.updated_at));
    if (closedAt) record.closedAt = closedAt;
  }
  return mapped([record], notes);
}

const notePayload = z.object({
  user: z.object({ id: z.number().int().optional(), username: z.string().min(1) }).nullish(),
  project: z.object({ path_with_namespace: z.string().min(1) }),
  object_attributes: z.object({ noteable_type: z.string().nullish(), created_at: z.string(), system: z.boolean().nullish() }),
  merge_request: z.object({ iid: z.number().int(), title: z.string().nullish(), author_id: z.number().int().nullish(), created_at: z.string(), url: z.string().nullish() }).nullish(),
});

export function mapMergeRequestNote(body: unknown, services: Readonly<Record<string, string>>): MapResult {
  const p = parsePayload(notePayload, body, 'Note Hook');
  if (!p.ok) return p.result;
  const { user, project, object_attributes: note, merge_request: mr } = p.value;
  if (note.noteable_type !== 'MergeRequest' || !mr) return ignored(`${note.noteable_type ?? 'unknown'} comment: not about a merge request`);
  if (note.system) return ignored(`merge request !${mr.iid}: system note`);
  if (!user || (user.id !== undefined && user.id === mr.author_id)) return ignored(`merge request !${mr.iid}: the author's own comment is not a review`);
  const service = services[project.path_with_namespace];
  if (service === undefined) return ignored(unmapped('project', project.path_with_namespace));
  const openedAt = utc(mr.created_at);
  const at = utc(note.created_at);
  if (openedAt === undefined || at === undefined) return ignored(`merge request !${mr.iid}: comment without a readable time`);
  return mapped([
    {
      kind: 'pull_request',
      id: `gitlab:${project.path_with_namespace}!${mr.iid}`,
      service,
      openedAt,
      firstReviewAt: at < openedAt ? openedAt : at,
      firstReviewer: user.username,
      ...(mr.title ? { title: mr.title.slice(0, 2000) } : {}),
      ...webUrl(mr.url),
    },
  ]);
}
