/**
 * What the engineer sees of their own ratings: nothing until the cycle is shared, then
 * everything — every rating, rationale and calibration change (spec/people.md). Others who may
 * read ratings at all (the access policy decides who) see them as they are.
 */
import type { ReviewCycle } from './cycle.js';
import type { Rating, RatingChange } from './ratings.js';

export interface RatingsView {
  visible: boolean;
  /** Why nothing is shown, when nothing is. */
  reason: string | null;
  ratings: Rating[];
  changes: RatingChange[];
}

export const isShared = (cycle: Pick<ReviewCycle, 'state'>): boolean => cycle.state === 'shared';

export function visibleRatings(cycle: ReviewCycle, viewer: { isSubject: boolean }, ratings: readonly Rating[], changes: readonly RatingChange[]): RatingsView {
  if (viewer.isSubject && !isShared(cycle)) {
    return { visible: false, reason: `Ratings are shared when the cycle reaches shared; "${cycle.name}" is ${cycle.state}.`, ratings: [], changes: [] };
  }
  return { visible: true, reason: null, ratings: [...ratings], changes: [...changes] };
}
