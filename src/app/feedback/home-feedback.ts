/**
 * The feedback part of the home page: the requests the reader still has to answer (with the
 * cycle's deadline), and the feedback the reader has received — shared feedback only, so a
 * private-to-manager note about them never shows up here, not even as a count.
 */
import type { Actor } from '../../core/access/actor.js';
import type { FeedbackKind } from '../../core/feedback/kinds.js';
import type { ReviewDeps } from '../reviews/deps.js';
import { myOpenRequests, type RequestView } from './list-requests.js';

export interface HomeFeedback {
  toWrite: RequestView[];
  /** Null for an account without a person. */
  received: { total: number; recent: { id: string; kind: FeedbackKind; from: string | null; at: number }[] } | null;
}

export async function homeFeedback(deps: ReviewDeps, actor: Actor): Promise<HomeFeedback> {
  if (actor.kind !== 'account' || actor.personId === null) return { toWrite: [], received: null };
  const toWrite = await myOpenRequests(deps, actor);
  // The reader's own feedback: the policy lets a person read their own shared feedback, and nothing private.
  const { entries } = await deps.data.sharedFeedback.entriesFor(actor.personId, false);
  const recent = [];
  for (const e of entries.slice(0, 3)) recent.push({ id: e.id, kind: e.kind, from: e.author === null ? null : ((await deps.data.accounts.get(e.author))?.name ?? null), at: e.sharedAt ?? e.createdAt });
  return { toWrite, received: { total: entries.length, recent } };
}
