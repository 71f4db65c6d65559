/** Calibration workshop rounds, sample packets and ratings (migration 019). */
import type { Kysely } from 'kysely';
import type { SamplePacket, WorkshopRating, WorkshopRound } from '../core/calibration/workshop.js';
import type { Database } from './schema.js';
import type { WorkshopPacketsTable, WorkshopRoundsTable, WorkshopTables } from './schema-workshops.js';

const toRound = (r: WorkshopRoundsTable): WorkshopRound => ({
  id: r.id,
  title: r.title,
  signals: JSON.parse(r.signals),
  scale: JSON.parse(r.scale),
  raters: JSON.parse(r.raters),
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  closedAt: r.closed_at === null ? null : Number(r.closed_at),
  closedBy: r.closed_by,
});

const toPacket = (r: WorkshopPacketsTable): SamplePacket => ({
  id: r.id,
  round: r.round,
  title: r.title,
  body: r.body,
  origin: r.origin as SamplePacket['origin'],
  removed: JSON.parse(r.removed),
  approvedAt: r.approved_at === null ? null : Number(r.approved_at),
});

export class WorkshopRepository {
  private readonly db: Kysely<WorkshopTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<WorkshopTables>();
  }

  async insertRound(r: WorkshopRound): Promise<void> {
    await this.db
      .insertInto('workshop_rounds')
      .values({ id: r.id, title: r.title, signals: JSON.stringify(r.signals), scale: JSON.stringify(r.scale), raters: JSON.stringify(r.raters), created_at: r.createdAt, created_by: r.createdBy, closed_at: r.closedAt, closed_by: r.closedBy })
      .execute();
  }

  /** Close a round; only an open one changes, so two facilitators closing at once close it once. */
  async close(r: WorkshopRound): Promise<boolean> {
    const res = await this.db.updateTable('workshop_rounds').set({ closed_at: r.closedAt, closed_by: r.closedBy }).where('id', '=', r.id).where('closed_at', 'is', null).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async getRound(id: string): Promise<WorkshopRound | undefined> {
    const r = await this.db.selectFrom('workshop_rounds').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toRound(r);
  }

  /** Every round, newest first. */
  async rounds(): Promise<WorkshopRound[]> {
    const rows = await this.db.selectFrom('workshop_rounds').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(toRound);
  }

  async insertPacket(p: SamplePacket, at: number): Promise<void> {
    await this.db
      .insertInto('workshop_packets')
      .values({ id: p.id, round: p.round, title: p.title, body: p.body, origin: p.origin, removed: JSON.stringify(p.removed), created_at: at, approved_at: p.approvedAt })
      .execute();
  }

  async approvePacket(id: string, at: number): Promise<boolean> {
    const res = await this.db.updateTable('workshop_packets').set({ approved_at: at }).where('id', '=', id).where('approved_at', 'is', null).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async packets(round: string): Promise<SamplePacket[]> {
    const rows = await this.db.selectFrom('workshop_packets').selectAll().where('round', '=', round).orderBy('created_at').orderBy('id').execute();
    return rows.map(toPacket);
  }

  async ratings(round: string): Promise<WorkshopRating[]> {
    const rows = await this.db.selectFrom('workshop_ratings').selectAll().where('round', '=', round).orderBy('packet').orderBy('signal').orderBy('rater').execute();
    return rows.map((r) => ({ round: r.round, packet: r.packet, rater: r.rater, signal: r.signal, value: r.value, rationale: r.rationale, at: Number(r.at) }));
  }

  /** Insert or replace a rater's rating of one packet on one signal. */
  async saveRating(r: WorkshopRating): Promise<void> {
    await this.db
      .insertInto('workshop_ratings')
      .values({ round: r.round, packet: r.packet, rater: r.rater, signal: r.signal, value: r.value, rationale: r.rationale, at: r.at })
      .onConflict((oc) => oc.columns(['round', 'packet', 'rater', 'signal']).doUpdateSet({ value: r.value, rationale: r.rationale, at: r.at }))
      .execute();
  }
}
