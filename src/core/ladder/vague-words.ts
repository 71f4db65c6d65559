/**
 * Words that praise without describing behaviour: a cell that says "strong communication" tells
 * nobody what to do (spec/people.md). Data, not code, so an organisation can extend the list.
 * Matched whole-word and case-insensitively.
 */
export const vagueCellWords: readonly string[] = ['well-polished', 'strong', 'great', 'excellent', 'good', 'solid', 'outstanding', 'exceptional', 'rockstar'];
