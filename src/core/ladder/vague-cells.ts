/**
 * Flags ladder cell text that praises or labels instead of describing observable behaviour, with
 * the same feedback lint that runs over reviews (src/core/feedback): a cell that says "strong
 * communication" tells nobody what to do, and "always" or "natural talent" describe a fixed trait.
 * The whole-text "no outcome" rule is left out: a cell describes behaviour at a level, not a
 * result someone achieved.
 */
import { createLinter, defaultLexicon, extendLexicon, type Linter } from '../feedback/index.js';
import type { LintRule } from '../feedback/rules.js';
import type { Ladder } from './model.js';
import { vagueCellWords } from './vague-words.js';

export interface VagueCellFinding {
  level: string;
  dimension: string;
  /** Index of the entry within its cell. */
  entry: number;
  /** The words flagged, lower-cased. */
  word: string;
  /** Which lint rule flagged them (vaguePraise, personality, absolutes, …). */
  rule: LintRule;
  /** Where the words are in the entry's summary (or in an example, when `example` is set). */
  start: number;
  end: number;
  example?: number;
}

/** The feedback lint with the words that are vague in a ladder cell added to its vague praise. */
export function ladderLinter(extraVagueWords: readonly string[] = []): Linter {
  return createLinter(extendLexicon(defaultLexicon, { vaguePraise: [...vagueCellWords, ...extraVagueWords] }), { context: false });
}

let shared: Linter | undefined;

export function findVagueCells(ladder: Ladder, lint: Linter = (shared ??= ladderLinter())): VagueCellFinding[] {
  const findings: VagueCellFinding[] = [];
  for (const cell of ladder.cells) {
    cell.entries.forEach((e, entry) => {
      const texts: [string, number | undefined][] = [[e.summary, undefined], ...e.examples.map((x, i): [string, number] => [x, i])];
      for (const [text, example] of texts) {
        for (const f of lint(text)) {
          if (f.rule === 'noOutcome') continue;
          findings.push({ level: cell.level, dimension: cell.dimension, entry, word: text.slice(f.start, f.end).toLowerCase(), rule: f.rule, start: f.start, end: f.end, ...(example === undefined ? {} : { example }) });
        }
      }
    });
  }
  return findings;
}
