/** The feedback lint: a writing aid over text about people (pure; word lists are data). */
export * from './lexicon.js';
export * from './rules.js';
export * from './lint.js';
export * from './word-balance.js';
export * from './kinds.js';
export * from './entry.js';
export * from './request-bound.js';
