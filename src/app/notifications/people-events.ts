/**
 * The notifications that feedback and support plans cause, written inside the use case's own
 * transaction (see notify.ts), so a request, an answer or a plan and the word about it are
 * committed together or not at all:
 * - each colleague asked for feedback hears of it, with the day it is due;
 * - a person hears of shared feedback about them — never of a private-to-manager note, and an
 *   anonymous upward answer only as part of its group, once the group is large enough to read;
 * - a person hears of a support plan made for them on the day it is made.
 */
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { SupportPlan } from '../../core/support-plan/support-plan.js';
import type { Repositories } from '../../store/data-access.js';
import type { FeedbackRequest } from '../../store/feedback-request-repository.js';
import type { FeedbackEntry } from '../../store/review-feedback-repository.js';
import type { Runtime } from '../runtime.js';
import { notify } from './notify.js';

const enc = encodeURIComponent;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export async function notifyFeedbackRequested(r: Repositories, runtime: Runtime, cycle: ReviewCycle, subject: { id: string; name: string }, requests: readonly FeedbackRequest[], due: number | null): Promise<void> {
  for (const q of requests) {
    const about = q.kind === 'upward' ? `upward feedback about ${subject.name}` : `feedback about ${subject.name}`;
    await notify(r, runtime, [q.writer], {
      kind: 'feedback-request',
      title: `You are asked for ${about}`,
      body: `For "${cycle.name}": one thing to continue and one to change, each with an example${due === null ? '' : `, by ${day(due)}`}.`,
      link: `/feedback/requests/${enc(q.id)}`,
      dedupeKey: `feedback-request:${q.id}`,
    });
  }
}

/** Shared, attributed feedback reached the person. */
export async function notifyFeedbackShared(r: Repositories, runtime: Runtime, entry: FeedbackEntry): Promise<void> {
  if (entry.visibility !== 'shared' || entry.anonymous) return;
  await notify(r, runtime, [entry.person], {
    kind: 'feedback-received',
    title: entry.kind === 'praise' ? 'You received praise' : `You received ${entry.kind} feedback`,
    body: 'Read it on your feedback page; it is part of your packet for the cycle.',
    link: `/people/${enc(entry.person)}/feedback`,
    dedupeKey: `feedback-received:${entry.id}`,
  });
}

/** An anonymous upward group became readable (its answers reached the minimum): one notification for the group, `answers` of them anonymous. */
export async function notifyAnonymousGroupReadable(r: Repositories, runtime: Runtime, person: string, group: string, answers: number): Promise<void> {
  await notify(r, runtime, [person], {
    kind: 'feedback-received',
    title: 'Upward feedback from your reports can be read',
    body: `${answers === 1 ? 'One of your reports has' : `${answers} of your reports have`} answered anonymously; anonymous answers are shown together, never one by one.`,
    link: `/people/${enc(person)}/feedback`,
    dedupeKey: `feedback-group-readable:${group}`,
  });
}

export async function notifySupportPlanCreated(r: Repositories, runtime: Runtime, plan: SupportPlan): Promise<void> {
  await notify(r, runtime, [plan.person], {
    kind: 'support-plan',
    title: 'A support plan has been made with you',
    body: `It runs from ${plan.startsOn} to ${plan.endsOn}: what is expected, the support offered, and the check-ins. You can read it now.`,
    link: `/people/${enc(plan.person)}/support-plans`,
    dedupeKey: `support-plan:${plan.id}`,
  });
}
