/**
 * "Activity, not outcome": the items of a period that say what was done but not what changed.
 * Listed so the writer can add an outcome link where one exists — not to discount the work
 * (mentoring and glue work rarely have a system metric, and that is fine).
 */
import type { EvidenceItem } from './item.js';

export interface ActivityCheck {
  /** Items with no outcome link, oldest first. */
  items: { id: string; title: string; kind: EvidenceItem['kind'] }[];
  total: number;
}

export function checkActivity(items: readonly Pick<EvidenceItem, 'id' | 'title' | 'kind' | 'date' | 'outcome'>[]): ActivityCheck {
  const activity = items
    .filter((i) => i.outcome === null)
    .sort((a, b) => a.date - b.date || a.id.localeCompare(b.id))
    .map((i) => ({ id: i.id, title: i.title, kind: i.kind }));
  return { items: activity, total: items.length };
}
