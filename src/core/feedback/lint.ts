/**
 * The feedback lint: findings `{rule, start, end, message, suggestion}` over a text about a
 * person. Pure: the word lists are passed in (defaults in lexicon.en.json).
 *
 * Sentence-aware where the research asks for it: vague praise and an unactionable ask are fine
 * when the same or the next sentence carries specifics (an artefact, date, number or outcome, or
 * for an ask a concrete next step); team credit is fine when the sentence also says what this
 * person did. Personality, absolutes, hedges and non-work words are flagged wherever they are.
 * "No outcome" looks at the whole text and is raised once, over the whole text, for texts long
 * enough to be feedback (a few words in a title field are not).
 */
import { defaultLexicon, type Lexicon } from './lexicon.js';
import { lintRules, type LintRule } from './rules.js';
import { matches, phraseMatcher, sentences } from './sentences.js';
import { nextStepMatcher, specificsMatcher } from './specifics.js';

export interface LintFinding {
  rule: LintRule;
  start: number;
  end: number;
  message: string;
  suggestion: string;
}

/** Texts shorter than this many words are too short to expect an outcome in. */
export const NO_OUTCOME_MIN_WORDS = 8;

type WordRule = 'personality' | 'absolutes' | 'hedges' | 'nonWork';
const everywhere: readonly WordRule[] = ['personality', 'absolutes', 'hedges', 'nonWork'];

export interface Linter {
  (text: string): LintFinding[];
}

export interface LinterOptions {
  /**
   * Let specifics in the same or the next sentence excuse vague praise and asks (default true).
   * Off for ladder cells, where "an excellent rollout" is vague however concrete "rollout" is.
   */
  context?: boolean;
}

/** Compile the word lists once; the returned function lints one text. */
export function createLinter(lexicon: Lexicon = defaultLexicon, options: LinterOptions = {}): Linter {
  const context = options.context ?? true;
  const word = Object.fromEntries(everywhere.map((r) => [r, phraseMatcher(lexicon[r])])) as Record<WordRule, RegExp | null>;
  const praise = phraseMatcher(lexicon.vaguePraise);
  const ask = phraseMatcher(lexicon.unactionableAsk);
  const team = phraseMatcher(lexicon.teamCredit);
  const individual = phraseMatcher(lexicon.individualAction);
  const specificText = specificsMatcher(lexicon);
  const nextStepText = nextStepMatcher(lexicon);
  const specific = (t: string) => context && specificText(t);
  const nextStep = (t: string) => context && nextStepText(t);
  const has = (p: RegExp | null, text: string) => {
    if (!p) return false;
    p.lastIndex = 0;
    return p.test(text);
  };
  const finding = (rule: keyof typeof lintRules, start: number, end: number): LintFinding => ({ rule, start, end, ...lintRules[rule] });

  return (text: string) => {
    const out: LintFinding[] = [];
    const spans = sentences(text);
    spans.forEach((s, i) => {
      const withNext = i + 1 < spans.length ? `${s.text} ${spans[i + 1]!.text}` : s.text;
      for (const rule of everywhere) for (const m of matches(word[rule], s.text, s.start)) out.push(finding(rule, m.start, m.end));
      if (!specific(withNext)) for (const m of matches(praise, s.text, s.start)) out.push(finding('vaguePraise', m.start, m.end));
      if (!specific(withNext) && !nextStep(withNext)) for (const m of matches(ask, s.text, s.start)) out.push(finding('unactionableAsk', m.start, m.end));
      if (!has(individual, s.text)) for (const m of matches(team, s.text, s.start)) out.push(finding('teamCredit', m.start, m.end));
    });
    const words = text.trim() === '' ? 0 : text.trim().split(/\s+/u).length;
    if (words >= NO_OUTCOME_MIN_WORDS && !specificText(text)) {
      const start = text.length - text.trimStart().length;
      out.push(finding('noOutcome', start, text.trimEnd().length));
    }
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  };
}

let shared: Linter | undefined;
/** Lint with the default word lists. */
export function lintFeedback(text: string): LintFinding[] {
  shared ??= createLinter();
  return shared(text);
}
