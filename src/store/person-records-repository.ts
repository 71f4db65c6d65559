/**
 * A person's own operational history — on-call shifts and pages — in a time window. These are
 * private records (see the access policy): only use cases that check access and write the audit
 * entry call this.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ShiftRow {
  id: string;
  start: number;
  end: number;
  schedule: string | null;
}

export interface PageRow {
  id: string;
  at: number;
  service: string | null;
  urgency: string | null;
  actionable: boolean | null;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
}

export interface Window {
  from: number;
  to: number;
}

const num = (v: number | null): number | null => (v === null ? null : Number(v));

export class PersonRecordsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Shifts overlapping the window, newest first, at most `limit`, with the full count. */
  async shifts(person: string, w: Window, limit: number): Promise<{ items: ShiftRow[]; total: number }> {
    const base = this.db.selectFrom('oncall_shifts').where('person', '=', person).where('end_at', '>', w.from).where('start_at', '<=', w.to);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll().orderBy('start_at', 'desc').orderBy('id').limit(limit).execute();
    return { total: Number(total.n), items: rows.map((r) => ({ id: r.id, start: Number(r.start_at), end: Number(r.end_at), schedule: r.schedule })) };
  }

  /** Pages received in the window, newest first, at most `limit`, with the full count. */
  async pages(person: string, w: Window, limit: number): Promise<{ items: PageRow[]; total: number }> {
    const base = this.db.selectFrom('pages').where('person', '=', person).where('at', '>=', w.from).where('at', '<=', w.to);
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base.selectAll().orderBy('at', 'desc').orderBy('id').limit(limit).execute();
    return {
      total: Number(total.n),
      items: rows.map((r) => ({
        id: r.id,
        at: Number(r.at),
        service: r.service,
        urgency: r.urgency,
        actionable: r.actionable === null ? null : Number(r.actionable) === 1,
        acknowledgedAt: num(r.acknowledged_at),
        resolvedAt: num(r.resolved_at),
      })),
    };
  }
}
