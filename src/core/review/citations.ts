/**
 * Citations: a rating or a review rests on items of the person's living document, stored by id.
 * A citation counts only when it resolves to an item of that person dated inside the cycle's
 * period; anything else is refused with the citation named, so "pr-123" or "canary stage" can no
 * longer pass for evidence. Free-text context is kept apart by the caller and never comes here.
 */
import { ok, refuse, type Outcome } from './outcome.js';

/** What a citation check needs to know about an evidence item. */
export interface CitableItem {
  id: string;
  person: string;
  title: string;
  /** Epoch ms. */
  date: number;
}

export interface CitationScope {
  person: { id: string; name: string };
  /** The cycle's period, epoch ms, from inclusive, to exclusive. */
  period: { from: number; to: number };
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The period as a reader says it: first and last day. */
export const describePeriod = (p: { from: number; to: number }): string => `${day(p.from)} to ${day(p.to - 1)}`;

/**
 * The cited ids, trimmed and without repeats, when every one resolves; otherwise a refusal naming
 * the first that does not. `items` holds whatever the store found for the ids (any person).
 */
export function resolveCitations(cited: readonly string[], items: ReadonlyMap<string, CitableItem>, scope: CitationScope, field = 'evidence'): Outcome<string[]> {
  const ids = [...new Set(cited.map((c) => c.trim()).filter((c) => c !== ''))];
  for (const id of ids) {
    const item = items.get(id);
    // Another person's item is refused in the same words as a missing one: the message must not
    // tell a writer what someone else's document holds.
    if (!item || item.person !== scope.person.id) return refuse(`${field}: "${id}" is not an evidence item of ${scope.person.name}; cite items of their living document`);
    if (item.date < scope.period.from || item.date >= scope.period.to) {
      return refuse(`${field}: "${item.title}" (${day(item.date)}) is outside the cycle's period, ${describePeriod(scope.period)}`);
    }
  }
  return ok(ids);
}
