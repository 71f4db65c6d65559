/** Flags ladder cell text that uses vague words instead of observable behaviour. */
import type { Ladder } from './model.js';
import { vagueCellWords } from './vague-words.js';

export interface VagueCellFinding {
  level: string;
  dimension: string;
  /** Index of the entry within its cell. */
  entry: number;
  word: string;
  /** Where the word is in the entry's summary (or in an example, when `example` is set). */
  start: number;
  end: number;
  example?: number;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function findVagueCells(ladder: Ladder, words: readonly string[] = vagueCellWords): VagueCellFinding[] {
  if (words.length === 0) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(${words.map(escape).join('|')})(?![\\p{L}\\p{N}-])`, 'giu');
  const findings: VagueCellFinding[] = [];
  for (const cell of ladder.cells) {
    cell.entries.forEach((e, entry) => {
      const texts: [string, number | undefined][] = [[e.summary, undefined], ...e.examples.map((x, i): [string, number] => [x, i])];
      for (const [text, example] of texts) {
        for (const m of text.matchAll(pattern)) {
          findings.push({ level: cell.level, dimension: cell.dimension, entry, word: m[1]!.toLowerCase(), start: m.index, end: m.index + m[0].length, ...(example === undefined ? {} : { example }) });
        }
      }
    });
  }
  return findings;
}
