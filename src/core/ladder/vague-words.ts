/**
 * Words that are vague in a ladder cell though not always in feedback ("strong", "good"): added to
 * the feedback lint's vague praise when it runs over ladders (vague-cells.ts). The lint's own word
 * lists (src/core/feedback/lexicon.en.json) do the rest.
 */
export const vagueCellWords: readonly string[] = ['well-polished', 'strong', 'great', 'excellent', 'good', 'solid', 'outstanding', 'exceptional', 'rockstar'];
