/**
 * Evidence items of living documents. `listEvidence(person, { from, to })` is the read the living
 * document and the review packet share: a person's items in a period, oldest first, as plain
 * `EvidenceItem`s (lists parsed, times as numbers, the outcome link as one object or null).
 */
import type { Kysely, Selectable } from 'kysely';
import type { EvidenceItem, EvidenceKind, OutcomeLink, OutcomeMetric, OutcomeTarget } from '../core/evidence/index.js';
import type { Database } from './schema.js';
import type { EvidenceItemsTable } from './schema-evidence.js';

export interface EvidenceWindow {
  /** Epoch ms, inclusive; absent: from the beginning. */
  from?: number | undefined;
  /** Epoch ms, exclusive; absent: to the end. */
  to?: number | undefined;
}

export class EvidenceRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(item: EvidenceItem): Promise<void> {
    await this.db.insertInto('evidence_items').values(toRow(item)).execute();
  }

  /** Replace what the person wrote; the id, person, creator and creation time stay. */
  async update(item: EvidenceItem): Promise<void> {
    const { id: _id, person: _person, created_by: _by, created_at: _at, ...fields } = toRow(item);
    await this.db.updateTable('evidence_items').set(fields).where('id', '=', item.id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('evidence_items').where('id', '=', id).execute();
  }

  async get(id: string): Promise<EvidenceItem | undefined> {
    const row = await this.db.selectFrom('evidence_items').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  /** The items with these ids (any person), for resolving citations; ids that match nothing are left out. */
  async getMany(ids: readonly string[]): Promise<EvidenceItem[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('evidence_items').selectAll().where('id', 'in', [...ids]).execute();
    return rows.map(fromRow);
  }

  /** How many evidence items a person's document holds (for its size cap). */
  async countEvidence(person: string): Promise<number> {
    const row = await this.db.selectFrom('evidence_items').select((eb) => eb.fn.countAll().as('n')).where('person', '=', person).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  /**
   * A person's items without their free text (notes empty, links empty), oldest first, with the
   * size of the text left out: what the checks and ladder gaps need, cheap even for a document of
   * a thousand long items. The page shown is then read whole with `listByIds`.
   */
  async listEvidenceOutlines(person: string): Promise<(EvidenceItem & { textSize: number })[]> {
    const rows = await this.db
      .selectFrom('evidence_items')
      .select(['id', 'person', 'title', 'date', 'kind', 'signals', 'dimensions', 'outcome_target', 'outcome_id', 'outcome_at', 'outcome_window_days', 'outcome_metric', 'created_by', 'created_at', 'updated_at'])
      .select((eb) => [eb.fn<number>('octet_length', ['notes']).as('notes_size'), eb.fn<number>('octet_length', ['links']).as('links_size')])
      .where('person', '=', person)
      .orderBy('date')
      .orderBy('id')
      .execute();
    return rows.map(({ notes_size, links_size, ...r }) => ({ ...fromRow({ ...r, notes: '', links: '[]' }), textSize: Number(notes_size) + Number(links_size) }));
  }

  /** Whole items by id, in the order of `ids` (unknown ids are left out). */
  async listByIds(ids: readonly string[]): Promise<EvidenceItem[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('evidence_items').selectAll().where('id', 'in', [...ids]).execute();
    const byId = new Map(rows.map((r) => [r.id, fromRow(r)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** A person's evidence dated in [from, to), oldest first. */
  async listEvidence(person: string, window: EvidenceWindow = {}): Promise<EvidenceItem[]> {
    let q = this.db.selectFrom('evidence_items').selectAll().where('person', '=', person);
    if (window.from !== undefined) q = q.where('date', '>=', window.from);
    if (window.to !== undefined) q = q.where('date', '<', window.to);
    const rows = await q.orderBy('date').orderBy('id').execute();
    return rows.map(fromRow);
  }
}

function toRow(i: EvidenceItem): EvidenceItemsTable {
  return {
    id: i.id,
    person: i.person,
    title: i.title,
    date: i.date,
    kind: i.kind,
    signals: JSON.stringify(i.signals),
    dimensions: JSON.stringify(i.dimensions),
    links: JSON.stringify(i.links),
    notes: i.notes,
    outcome_target: i.outcome?.target ?? null,
    outcome_id: i.outcome?.id ?? null,
    outcome_at: i.outcome?.at ?? null,
    outcome_window_days: i.outcome?.windowDays ?? null,
    outcome_metric: i.outcome?.metric ?? null,
    created_by: i.createdBy,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
  };
}

function fromRow(r: Selectable<EvidenceItemsTable>): EvidenceItem {
  return {
    id: r.id,
    person: r.person,
    title: r.title,
    date: Number(r.date),
    kind: r.kind as EvidenceKind,
    signals: JSON.parse(r.signals) as string[],
    dimensions: JSON.parse(r.dimensions) as string[],
    links: JSON.parse(r.links) as EvidenceItem['links'],
    notes: r.notes,
    outcome: outcomeOf(r),
    createdBy: r.created_by,
    createdAt: Number(r.created_at),
    updatedAt: Number(r.updated_at),
  };
}

function outcomeOf(r: Selectable<EvidenceItemsTable>): OutcomeLink | null {
  if (r.outcome_target === null || r.outcome_id === null || r.outcome_at === null) return null;
  const link: OutcomeLink = { target: r.outcome_target as OutcomeTarget, id: r.outcome_id, at: Number(r.outcome_at), windowDays: Number(r.outcome_window_days ?? 90) };
  if (r.outcome_metric !== null) link.metric = r.outcome_metric as OutcomeMetric;
  return link;
}
