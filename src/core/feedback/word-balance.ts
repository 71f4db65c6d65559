/**
 * Standout vs grindstone words over a manager's set of reviews (Schmader et al. 2007: letters for
 * women used more "grindstone" words — hardworking, diligent — and fewer "standout" ones —
 * brilliant, exceptional). One text proves nothing, so this is only ever computed over a set, shown
 * as an aggregate to the writer, and off by default. It never names the people reviewed.
 */
import type { Lexicon } from './lexicon.js';
import { matches, phraseMatcher } from './sentences.js';

export interface WordBalance {
  texts: number;
  standout: number;
  grindstone: number;
  /** standout / (standout + grindstone); null when neither kind appears. */
  standoutShare: number | null;
}

export function wordBalance(texts: readonly string[], lexicon: Lexicon): WordBalance {
  const standoutP = phraseMatcher(lexicon.standout);
  const grindstoneP = phraseMatcher(lexicon.grindstone);
  let standout = 0;
  let grindstone = 0;
  for (const t of texts) {
    for (const _ of matches(standoutP, t)) standout++;
    for (const _ of matches(grindstoneP, t)) grindstone++;
  }
  const total = standout + grindstone;
  return { texts: texts.length, standout, grindstone, standoutShare: total === 0 ? null : standout / total };
}
