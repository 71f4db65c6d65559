/**
 * Requests close when the cycle is finalized: answers after that reach no review. Until then
 * (through calibration) a late answer still helps, so it is taken.
 */
export const takesAnswers = (cycle: ReviewCycle): boolean => cycle.state !== 'finalized' && cycle.state !== 'shared';

export const closedReason = (cycle: ReviewCycle): string => `"${cycle.name}" is ${cycle.state}: its feedback requests are closed.`;

/**
 * When requested feedback is due: by the cycle's self-review deadline, so it is in before the
 * manager writes; the manager-review deadline when the cycle set no self-review one; null when
 * the cycle has no deadlines.
 */
import type { ReviewCycle } from '../../core/review/cycle.js';

export const feedbackDue = (cycle: ReviewCycle): number | null => cycle.deadlines?.selfReview ?? cycle.deadlines?.managerReview ?? null;
