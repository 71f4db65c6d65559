/** Calibration sessions, their checklist ticks and acknowledged no-surprises flags (migration 024). */
import type { Kysely } from 'kysely';
import type { CalibrationSession, SessionState } from '../core/calibration/session.js';
import type { Database } from './schema.js';
import type { CalibrationSessionsTable, CalibrationSessionTables } from './schema-calibration-sessions.js';

const toSession = (r: CalibrationSessionsTable): CalibrationSession => ({
  id: r.id,
  cycle: r.cycle,
  state: r.state as SessionState,
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  openedAt: r.opened_at === null ? null : Number(r.opened_at),
  openedBy: r.opened_by,
  lockedAt: r.locked_at === null ? null : Number(r.locked_at),
  lockedBy: r.locked_by,
});

export interface ChecklistTick {
  person: string;
  question: string;
  by: string | null;
  at: number;
}

export interface SurpriseAcknowledgement {
  cycle: string;
  rating: string;
  /** The decision of the rating's value it acknowledges (the flag's `at`). */
  decidedAt: number;
  person: string;
  signal: string;
  note: string;
  by: string | null;
  at: number;
}

export class CalibrationSessionRepository {
  private readonly db: Kysely<CalibrationSessionTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<CalibrationSessionTables>();
  }

  async forCycle(cycle: string): Promise<CalibrationSession | undefined> {
    const r = await this.db.selectFrom('calibration_sessions').selectAll().where('cycle', '=', cycle).executeTakeFirst();
    return r && toSession(r);
  }

  /** Insert a new session; false when the cycle already has one (two calibrators at once). */
  async insert(s: CalibrationSession): Promise<boolean> {
    const res = await this.db
      .insertInto('calibration_sessions')
      .values({ id: s.id, cycle: s.cycle, state: s.state, created_at: s.createdAt, created_by: s.createdBy, opened_at: s.openedAt, opened_by: s.openedBy, locked_at: s.lockedAt, locked_by: s.lockedBy })
      .onConflict((oc) => oc.column('cycle').doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
  }

  /** Move a session from `from` to its new state; false when it was no longer in `from`. */
  async move(s: CalibrationSession, from: SessionState): Promise<boolean> {
    const res = await this.db
      .updateTable('calibration_sessions')
      .set({ state: s.state, opened_at: s.openedAt, opened_by: s.openedBy, locked_at: s.lockedAt, locked_by: s.lockedBy })
      .where('id', '=', s.id)
      .where('state', '=', from)
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async checklist(session: string): Promise<ChecklistTick[]> {
    const rows = await this.db.selectFrom('calibration_checklist').selectAll().where('session', '=', session).orderBy('person').orderBy('question').execute();
    return rows.map((r) => ({ person: r.person, question: r.question, by: r.by_account, at: Number(r.at) }));
  }

  async tick(session: string, t: ChecklistTick): Promise<void> {
    await this.db
      .insertInto('calibration_checklist')
      .values({ session, person: t.person, question: t.question, by_account: t.by, at: t.at })
      .onConflict((oc) => oc.columns(['session', 'person', 'question']).doUpdateSet({ by_account: t.by, at: t.at }))
      .execute();
  }

  async untick(session: string, person: string, question: string): Promise<void> {
    await this.db.deleteFrom('calibration_checklist').where('session', '=', session).where('person', '=', person).where('question', '=', question).execute();
  }

  async acknowledgements(cycle: string): Promise<SurpriseAcknowledgement[]> {
    const rows = await this.db.selectFrom('surprise_acknowledgements').selectAll().where('cycle', '=', cycle).orderBy('at').orderBy('rating').execute();
    return rows.map((r) => ({ cycle: r.cycle, rating: r.rating, decidedAt: Number(r.decided_at), person: r.person, signal: r.signal, note: r.note, by: r.by_account, at: Number(r.at) }));
  }

  /** Record an acknowledgement; false when this decision was acknowledged already. */
  async acknowledge(a: SurpriseAcknowledgement): Promise<boolean> {
    const res = await this.db
      .insertInto('surprise_acknowledgements')
      .values({ cycle: a.cycle, rating: a.rating, decided_at: a.decidedAt, person: a.person, signal: a.signal, note: a.note, by_account: a.by, at: a.at })
      .onConflict((oc) => oc.columns(['cycle', 'rating', 'decided_at']).doNothing())
      .executeTakeFirst();
    return Number(res.numInsertedOrUpdatedRows ?? 0) === 1;
  }
}
