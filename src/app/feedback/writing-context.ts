/**
 * What a writer sees before answering a request: who it is about, the cycle and its deadline,
 * the attribution policy of the kind (shown before writing), the size of the request group
 * (anonymous upward answers need 3), and the person's evidence items of the cycle's period to
 * cite — titles, dates and kinds only, which the request lets the asked writer see.
 */
import type { Actor } from '../../core/access/actor.js';
import { attributionPolicy, minAnonymousGroup, type AttributionPolicy } from '../../core/feedback/kinds.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import type { FeedbackRequest } from '../../store/feedback-request-repository.js';
import { assertAllowed } from '../authorize.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { loadCycle, loadPerson, rubricOf, type ReviewDeps } from '../reviews/deps.js';
import { closedReason, feedbackDue, takesAnswers } from './deadline.js';

export interface WritingContext {
  request: FeedbackRequest;
  subject: { id: string; name: string };
  cycle: { id: string; name: string; due: number | null };
  policy: AttributionPolicy;
  groupSize: number;
  /** Whether this writer may choose to be anonymous (upward, group of 3 or more). */
  anonymousAllowed: boolean;
  evidence: { id: string; title: string; date: number; kind: string; signals: string[] }[];
  /** The cycle's review signals (its rubric, else the default), so feedback can name the one it speaks to. */
  signals: { id: string; name: string }[];
}

/** The request, if `actor` is the writer asked and has not answered yet; FORBIDDEN otherwise (with the policy's reason). */
export async function loadOwnOpenRequest(r: Repositories, actor: Actor, requestId: string): Promise<FeedbackRequest> {
  const request = await r.feedbackRequests.get(requestId);
  if (!request) throw new TrellisError('NOT_FOUND', `No feedback request with id "${requestId}".`);
  const asked = actor.kind === 'account' && actor.personId === request.writer;
  assertAllowed(actor, 'write', { type: 'feedback', person: request.subject, kind: request.kind, visibility: 'shared', asked });
  if (request.answeredAt !== null) throw new TrellisError('CONFLICT', `This request was answered on ${new Date(request.answeredAt).toISOString().slice(0, 10)}; each request is answered once.`);
  return request;
}

export async function writingContext(deps: ReviewDeps, actor: Actor, requestId: string): Promise<WritingContext> {
  const request = await loadOwnOpenRequest(deps.data, actor, requestId);
  const subject = await loadPerson(deps.data, request.subject);
  const cycle = await loadCycle(deps.data, request.cycle);
  if (!takesAnswers(cycle)) throw new TrellisError('CONFLICT', closedReason(cycle));
  const groupSize = await deps.data.feedbackRequests.groupSize(request.group);
  const policy = attributionPolicy(request.kind);
  const items = await deps.data.evidence.listEvidence(subject.id, { from: cycle.periodFrom, to: cycle.periodTo });
  const rubric = (await rubricOf(deps.data, cycle)) ?? defaultRubric();
  return {
    request,
    subject: { id: subject.id, name: subject.name },
    cycle: { id: cycle.id, name: cycle.name, due: feedbackDue(cycle) },
    policy,
    groupSize,
    anonymousAllowed: policy.mayBeAnonymous && groupSize >= minAnonymousGroup,
    evidence: items.map((i) => ({ id: i.id, title: i.title, date: i.date, kind: i.kind, signals: i.signals })),
    signals: rubric.signals.map((s) => ({ id: s.id, name: s.name })),
  };
}
