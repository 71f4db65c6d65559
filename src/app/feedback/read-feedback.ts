/**
 * A person's received feedback, as the reader may see it: the person, their manager line and
 * people partners read shared feedback; the manager line also reads private-to-manager notes,
 * marked as such. Anonymous answers carry no author and are withheld (counted only) until their
 * request group has 3 answers. Reads by anyone but the person are audited.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { FeedbackEntry } from '../../store/review-feedback-repository.js';
import { assertAllowed } from '../authorize.js';
import { audit, isSelf, loadPerson, type ReviewDeps } from '../reviews/deps.js';
import { citedItems, type CitedItem } from '../reviews/cited-evidence.js';

export interface ReceivedFeedback extends FeedbackEntry {
  /** The writer's name; null for anonymous feedback (or a former account). */
  authorName: string | null;
  cited: CitedItem[];
}

export async function receivedFeedback(deps: ReviewDeps, actor: Actor, personId: string): Promise<{ person: { id: string; name: string }; items: ReceivedFeedback[]; withheld: number; includesPrivate: boolean }> {
  const person = await loadPerson(deps.data, personId);
  assertAllowed(actor, 'read', { type: 'feedback', person: personId, kind: 'peer', visibility: 'shared', asked: false });
  const includesPrivate = can(actor, 'read', { type: 'feedback', person: personId, kind: 'manager', visibility: 'private-to-manager', asked: false }).allowed;
  return deps.data.transaction(async (r) => {
    const { entries, withheld } = await r.sharedFeedback.entriesFor(personId, includesPrivate);
    const names = new Map<string, string | null>();
    for (const a of new Set(entries.map((e) => e.author).filter((a): a is string => a !== null))) names.set(a, (await r.accounts.get(a))?.name ?? null);
    const items: ReceivedFeedback[] = [];
    for (const e of entries) items.push({ ...e, authorName: e.author === null ? null : (names.get(e.author) ?? null), cited: e.citations.length > 0 ? await citedItems(r, personId, e.citations) : [] });
    if (!isSelf(actor, personId)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'feedback', resourceId: personId, subjectPerson: personId, detail: includesPrivate ? 'with private notes' : null }));
    return { person: { id: person.id, name: person.name }, items, withheld, includesPrivate };
  });
}
