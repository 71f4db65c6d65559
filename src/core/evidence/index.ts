/** Evidence of a living document: items, goals, labels, fairness checks and ladder gaps (pure). */
export * from './activity.js';
export * from './fairness.js';
export * from './goal.js';
export * from './headline.js';
export * from './item.js';
export * from './kinds.js';
export * from './label.js';
export * from './ladder-gaps.js';
export * from './parse-item.js';
export * from './prevention.js';
export * from './problems.js';
export * from './recency.js';
export * from './when.js';
