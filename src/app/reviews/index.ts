/** The review use cases (spec/people.md, "Review signals and cycles"). */
export { publishRubric } from './publish-rubric.js';
export { readRubric } from './read-rubric.js';
export { createCycle } from './create-cycle.js';
export { transitionCycle } from './transition-cycle.js';
export { listCycles, readCycle } from './read-cycles.js';
export { writeRating } from './write-rating.js';
export { calibrateRating } from './calibrate-rating.js';
export { readRatings } from './read-ratings.js';
export { answerChallenge, commentOnRatings } from './comment-on-ratings.js';
export { listSharedFeedback, shareFeedback } from './shared-feedback.js';
export { readReviewWriteups, writeReviewWriteup } from './review-writeups.js';
export { readCompensation, writeCompensation } from './compensation.js';
export { listFairnessFlags } from './fairness-flags.js';
export type { ReviewDeps } from './deps.js';
