/**
 * Asking colleagues for feedback (spec/people.md): the person, or their manager line, names the
 * colleagues; peer requests are bounded per person per cycle (the `peer-feedback-limit` setting)
 * and a request past the bound is refused whole. Upward feedback about a manager is asked of
 * their reports. One request to several people forms a group: anonymous upward answers hide in
 * it. The writers hear of it through the `feedbackRequested` hook and their home page.
 */
import type { Actor } from '../../core/access/actor.js';
import { checkRequest } from '../../core/feedback/request-bound.js';
import type { RequestedKind } from '../../core/feedback/kinds.js';
import type { FeedbackRequest } from '../../store/feedback-request-repository.js';
import { assertAllowed } from '../authorize.js';
import { collectAll } from '../org/collect-all.js';
import { newId } from '../runtime.js';
import { accepted, acceptedOrExplained, audit, loadCycle, loadPerson } from '../reviews/deps.js';
import { notifyFeedbackRequested } from '../notifications/people-events.js';
import { feedbackDue } from './deadline.js';
import type { FeedbackDeps } from './deps.js';
import { readPeerRequestLimit } from './peer-request-limit.js';

export interface RequestInput {
  cycle: string;
  kind: RequestedKind;
  writers: string[];
  note: string | null;
}

/** A cycle takes requests while people write (published or writing), not before and not after. */
const takesRequests = (state: string): boolean => state === 'published' || state === 'writing';

export async function requestFeedback(deps: FeedbackDeps, actor: Actor, subjectId: string, input: RequestInput): Promise<{ requests: FeedbackRequest[]; used: number; limit: number }> {
  const at = deps.runtime.now();
  const requests = await deps.data.transaction(async (r) => {
    // Before counting what was already asked: concurrent requests about this person take turns.
    await r.feedbackRequests.lockSubject(subjectId, input.cycle);
    const subject = await loadPerson(r, subjectId);
    assertAllowed(actor, 'write', { type: 'feedback-request', person: subjectId });
    const cycle = await loadCycle(r, input.cycle);
    if (!takesRequests(cycle.state)) accepted({ ok: false, reason: `"${cycle.name}" is ${cycle.state}: feedback is requested while a cycle is published or in writing.` });
    const people = (await collectAll((p) => r.org.listPeople(p))).filter((p) => p.active);
    const earlier = (await r.feedbackRequests.aboutPerson(subjectId, cycle.id)).filter((q) => q.kind === input.kind);
    const writers = acceptedOrExplained(
      checkRequest({
        kind: input.kind,
        subject: { id: subject.id, name: subject.name },
        writers: input.writers,
        alreadyAsked: new Set(earlier.map((q) => q.writer)),
        used: earlier.length,
        limit: await readPeerRequestLimit(r),
        reports: new Set(people.filter((p) => p.manager === subjectId).map((p) => p.id)),
        known: new Set(people.map((p) => p.id)),
      }),
    );
    const group = newId(deps.runtime);
    const note = input.note?.trim() || null;
    const made: FeedbackRequest[] = writers.map((writer) => ({ id: newId(deps.runtime), group, cycle: cycle.id, subject: subjectId, writer, kind: input.kind, note, requestedBy: actor.kind === 'account' ? actor.accountId : null, createdAt: at, answeredAt: null }));
    await r.feedbackRequests.insertMany(made);
    await notifyFeedbackRequested(r, deps.runtime, cycle, subject, made, feedbackDue(cycle));
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'feedback-request', resourceId: group, subjectPerson: subjectId, detail: `${input.kind} feedback asked of ${writers.join(', ')} in "${cycle.name}"` }));
    return made;
  });
  const used = (await deps.data.feedbackRequests.aboutPerson(subjectId, input.cycle)).filter((q) => q.kind === 'peer').length;
  return { requests, used, limit: await readPeerRequestLimit(deps.data) };
}

