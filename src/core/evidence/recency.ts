/**
 * The recency check (spec/people.md): when every piece of evidence cited for a period falls in
 * its last weeks, the review is about the last few weeks, not the period — the classic recency
 * bias. It is a prompt for the writer ("look further back"), never a verdict on the person.
 */
import type { EvidenceDraft } from './item.js';

export const RECENCY_WEEKS = 6;
const WEEK = 7 * 24 * 60 * 60_000;

export interface Period {
  /** Epoch ms, inclusive. */
  from: number;
  /** Epoch ms, exclusive. */
  to: number;
}

export interface RecencyCheck {
  flagged: boolean;
  /** Evidence dated inside the period. */
  cited: number;
  /** Of those, how many fall in the last `weeks` weeks. */
  recent: number;
  weeks: number;
  /** Start of the "last weeks" window (epoch ms). */
  recentFrom: number;
}

export function checkRecency(items: readonly Pick<EvidenceDraft, 'date'>[], period: Period, weeks = RECENCY_WEEKS): RecencyCheck {
  const recentFrom = period.to - weeks * WEEK;
  const inPeriod = items.filter((i) => i.date >= period.from && i.date < period.to);
  const recent = inPeriod.filter((i) => i.date >= recentFrom).length;
  // A period no longer than the window cannot be "all recent" in any meaningful sense.
  const flagged = recentFrom > period.from && inPeriod.length > 0 && recent === inPeriod.length;
  return { flagged, cited: inPeriod.length, recent, weeks, recentFrom };
}
