/**
 * The feedback lint's word lists: data, not code (lexicon.en.json), so an organisation can extend
 * them — with its own jargon for outcomes, or words it has seen used as coded criticism — without
 * a release. Extending adds to the lists; it never removes a default.
 */
import defaults from './lexicon.en.json' with { type: 'json' };

export const lexiconLists = [
  'personality',
  'vaguePraise',
  'unactionableAsk',
  'teamCredit',
  'individualAction',
  'absolutes',
  'hedges',
  'nonWork',
  'standout',
  'grindstone',
  'outcomeWords',
  'nextStep',
] as const;

export type LexiconList = (typeof lexiconLists)[number];
export type Lexicon = Record<LexiconList, readonly string[]>;

const { $comment: _comment, ...lists } = defaults;
export const defaultLexicon: Lexicon = lists;

/** The defaults plus an organisation's additions (unknown list names are the caller's to refuse). */
export function extendLexicon(base: Lexicon, extra: Partial<Record<LexiconList, readonly string[]>>): Lexicon {
  const out = { ...base };
  for (const name of lexiconLists) {
    const more = extra[name];
    if (more && more.length > 0) out[name] = [...new Set([...base[name], ...more.map((w) => w.toLowerCase())])];
  }
  return out;
}
