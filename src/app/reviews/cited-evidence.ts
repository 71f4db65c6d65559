/**
 * Resolving what a rating or review cites: the ids must name items of the person's living
 * document dated in the cycle's period (core/review/citations.ts decides; this loads the items).
 * A refusal is BAD_INPUT with the citation named, which the pages show beside the picker.
 */
import { resolveCitations } from '../../core/review/citations.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { EvidenceItem } from '../../core/evidence/index.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';

export async function resolveCited(r: Repositories, cycle: ReviewCycle, person: Person, cited: readonly string[], field = 'evidence'): Promise<string[]> {
  const ids = cited.map((c) => c.trim()).filter((c) => c !== '');
  const items = new Map((await r.evidence.getMany(ids)).map((i) => [i.id, i]));
  const o = resolveCitations(ids, items, { person: { id: person.id, name: person.name }, period: { from: cycle.periodFrom, to: cycle.periodTo } }, field);
  if (!o.ok) throw new TrellisError('BAD_INPUT', o.reason);
  return o.value;
}

/** A cited item as pages show it: enough to name it and link to it. */
export interface CitedItem {
  id: string;
  title: string;
  /** Epoch ms. */
  date: number;
  kind: string;
}

/** The items behind a set of citations (of one person), for linking; ids that no longer resolve are left out. */
export async function citedItems(r: Repositories, person: string, ids: readonly string[]): Promise<CitedItem[]> {
  const items: EvidenceItem[] = await r.evidence.getMany([...new Set(ids)]);
  return items.filter((i) => i.person === person).map((i) => ({ id: i.id, title: i.title, date: i.date, kind: i.kind })).sort((a, b) => a.date - b.date);
}
