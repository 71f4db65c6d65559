/**
 * What the feedback use cases work with: the review deps. Their notifications are written in each
 * change's own transaction (src/app/notifications/people-events.ts), so a refused or rolled-back
 * change never leaves one behind.
 */
import type { ReviewDeps } from '../reviews/deps.js';

export type FeedbackDeps = ReviewDeps;
