/**
 * What the feedback use cases share: the review deps, and the seam a notifier hooks into. The
 * hooks run after the change has committed (a failed notification never undoes feedback); none
 * is set by default — the notifications outbox registers them where it wires the use cases.
 */
import type { FeedbackEntry } from '../../store/review-feedback-repository.js';
import type { FeedbackRequest } from '../../store/feedback-request-repository.js';
import type { ReviewDeps } from '../reviews/deps.js';

export interface FeedbackHooks {
  /** Colleagues were asked for feedback: each writer should hear of it, with the cycle's deadline. */
  feedbackRequested?(requests: readonly FeedbackRequest[]): Promise<void>;
  /** Feedback reached a person (shared ones only: a private-to-manager note never notifies the person). */
  feedbackReceived?(entry: FeedbackEntry): Promise<void>;
}

export interface FeedbackDeps extends ReviewDeps {
  hooks?: FeedbackHooks;
}

/** Runs a hook without letting its failure reach the person who wrote the feedback. */
export async function notifySafely(run: (() => Promise<void>) | undefined): Promise<void> {
  if (!run) return;
  try {
    await run();
  } catch {
    // A notifier records its own failures (its outbox retries); the feedback itself is stored.
  }
}
