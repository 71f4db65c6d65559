/**
 * Reading feedback requests: who was asked about a person in a cycle, with the peer bound (for the
 * request page), and the requests a writer still has to answer (for their home page), each with
 * the person it is about and the cycle's deadline.
 */
import type { Actor } from '../../core/access/actor.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { FeedbackRequest } from '../../store/feedback-request-repository.js';
import { assertAllowed } from '../authorize.js';
import { loadCycle, loadPerson, type ReviewDeps } from '../reviews/deps.js';
import { feedbackDue, takesAnswers } from './deadline.js';
import { readPeerRequestLimit } from './peer-request-limit.js';

export interface RequestView extends FeedbackRequest {
  writerName: string;
  subjectName: string;
  cycleName: string;
  /** Epoch ms, or null when the cycle has no deadlines. */
  due: number | null;
}

async function views(deps: ReviewDeps, requests: readonly FeedbackRequest[]): Promise<RequestView[]> {
  const names = new Map<string, string>();
  const cycles = new Map<string, ReviewCycle | undefined>();
  for (const q of requests) {
    for (const id of [q.writer, q.subject]) if (!names.has(id)) names.set(id, (await deps.data.org.getPerson(id))?.name ?? id);
    if (!cycles.has(q.cycle)) cycles.set(q.cycle, await deps.data.cycles.get(q.cycle));
  }
  return requests.map((q) => {
    const cycle = cycles.get(q.cycle);
    return { ...q, writerName: names.get(q.writer) ?? q.writer, subjectName: names.get(q.subject) ?? q.subject, cycleName: cycle?.name ?? q.cycle, due: cycle ? feedbackDue(cycle) : null };
  });
}

/** Requests about `subject` in `cycleId`, with how many of the peer bound are used. */
export async function requestsAbout(deps: ReviewDeps, actor: Actor, subjectId: string, cycleId: string): Promise<{ requests: RequestView[]; used: number; limit: number }> {
  await loadPerson(deps.data, subjectId);
  assertAllowed(actor, 'read', { type: 'feedback-request', person: subjectId });
  await loadCycle(deps.data, cycleId);
  // Who answered an upward request, and when, is not shown: matched against the days of the
  // anonymous answers it would trace them to their writers.
  const requests = (await deps.data.feedbackRequests.aboutPerson(subjectId, cycleId)).map((q) => (q.kind === 'upward' ? { ...q, answeredAt: null } : q));
  return { requests: await views(deps, requests), used: requests.filter((q) => q.kind === 'peer').length, limit: await readPeerRequestLimit(deps.data) };
}

/**
 * The requests the signed-in person has not answered yet, oldest first. An account without a
 * person writes no feedback, so the policy refuses it (asked about someone or not).
 */
export async function myOpenRequests(deps: ReviewDeps, actor: Actor): Promise<RequestView[]> {
  assertAllowed(actor, 'write', { type: 'feedback', person: '\u0000someone', kind: 'peer', visibility: 'shared', asked: true });
  if (actor.kind !== 'account' || actor.personId === null) return [];
  const open = await views(deps, await deps.data.feedbackRequests.openFor(actor.personId));
  const closed = new Set<string>();
  for (const cycleId of new Set(open.map((q) => q.cycle))) {
    const cycle = await deps.data.cycles.get(cycleId);
    if (!cycle || !takesAnswers(cycle)) closed.add(cycleId);
  }
  return open.filter((q) => !closed.has(q.cycle));
}
