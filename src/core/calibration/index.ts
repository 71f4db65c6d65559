/** Calibration statistics: pure functions over ratings (no I/O, no clock; randomness passed in). */
export * from './ratings.js';
export * from './krippendorff.js';
export * from './alpha-bootstrap.js';
export * from './fleiss.js';
export * from './icc.js';
export * from './leniency.js';
export * from './additive-model.js';
export * from './rater-patterns.js';
export * from './agreement-report.js';
export * from './workshop.js';
export * from './workshop-results.js';
export * from './anonymise.js';
export * from './sample-text.js';
