/**
 * Answering a feedback request: only the colleague asked, once, with both prompts answered and an
 * example for each; citations must resolve to the person's evidence items of the cycle's period
 * (as review citations do). Shared feedback reaches the person at once; a private-to-manager note
 * is stored unshared and read by the manager line only. An anonymous upward answer is stored
 * without its author and with its day only (not the minute), and is withheld from every reader
 * until its group has 3 answers; its audit entry names the request group, not the feedback, and
 * is not filed under the person it is about (their access log would otherwise name the writer).
 */
import type { Actor } from '../../core/access/actor.js';
import { checkFeedback } from '../../core/feedback/entry.js';
import { minAnonymousGroup, type FeedbackVisibility } from '../../core/feedback/kinds.js';
import type { FeedbackEntry } from '../../store/review-feedback-repository.js';
import { newId } from '../runtime.js';
import { accepted, acceptedOrExplained, accountOf, audit, loadCycle, loadPerson } from '../reviews/deps.js';
import { resolveCited } from '../reviews/cited-evidence.js';
import { notifyAnonymousGroupReadable, notifyFeedbackShared } from '../notifications/people-events.js';
import type { FeedbackDeps } from './deps.js';
import { closedReason, takesAnswers } from './deadline.js';
import { loadOwnOpenRequest } from './writing-context.js';

export interface AnswerInput {
  visibility: FeedbackVisibility;
  anonymous: boolean;
  signal: string | null;
  continueText: string;
  continueExample: string;
  changeText: string;
  changeExample: string;
  citations: string[];
}

const DAY = 86_400_000;

export async function answerFeedbackRequest(deps: FeedbackDeps, actor: Actor, requestId: string, input: AnswerInput): Promise<FeedbackEntry> {
  const at = deps.runtime.now();
  const entry = await deps.data.transaction(async (r) => {
    const request = await loadOwnOpenRequest(r, actor, requestId);
    const subject = await loadPerson(r, request.subject);
    const cycle = await loadCycle(r, request.cycle);
    if (!takesAnswers(cycle)) accepted({ ok: false, reason: closedReason(cycle) });
    const checked = acceptedOrExplained(checkFeedback({ ...input, kind: request.kind, text: '' }, await r.feedbackRequests.groupSize(request.group)));
    const citations = await resolveCited(r, cycle, subject, input.citations, 'citations');
    if (!(await r.feedbackRequests.markAnswered(request.id, at))) accepted({ ok: false, reason: 'This request has just been answered; each request is answered once.' });
    const stamp = checked.anonymous ? at - (at % DAY) : at;
    const fb: FeedbackEntry = {
      id: newId(deps.runtime),
      person: subject.id,
      author: checked.anonymous ? null : accountOf(actor),
      signal: checked.signal,
      text: checked.summary,
      sharedAt: checked.visibility === 'shared' ? stamp : null,
      createdAt: stamp,
      kind: request.kind,
      visibility: checked.visibility,
      anonymous: checked.anonymous,
      requestGroup: request.group,
      cycle: cycle.id,
      continueText: checked.continueText,
      continueExample: checked.continueExample,
      changeText: checked.changeText,
      changeExample: checked.changeExample,
      citations,
    };
    await r.sharedFeedback.insertEntry(fb);
    // The word reaches the person with the answer, in its transaction: an attributed shared answer at once; an anonymous group's answers together, once it reaches the size that makes them readable.
    await notifyFeedbackShared(r, deps.runtime, fb);
    // The answer that makes a group readable may itself carry a name: the group's anonymous answers are announced then all the same.
    if (request.kind === 'upward' && (await r.feedbackRequests.answeredIn(request.group)) === minAnonymousGroup) {
      const { entries } = await r.sharedFeedback.entriesFor(subject.id, false);
      const anonymous = entries.filter((e) => e.requestGroup === request.group && e.anonymous).length;
      if (anonymous > 0) await notifyAnonymousGroupReadable(r, deps.runtime, subject.id, request.group, anonymous);
    }
    await r.audit.append(
      checked.anonymous
        ? // No subject person: the person's own access log must not name who answered about them.
          audit(deps, actor, { action: 'answer', resourceType: 'feedback-request', resourceId: request.group, detail: 'anonymous upward feedback' })
        : audit(deps, actor, { action: 'write', resourceType: 'feedback', resourceId: fb.id, subjectPerson: subject.id, detail: `${request.kind} feedback, ${checked.visibility}` }),
    );
    return fb;
  });
  return entry;
}
