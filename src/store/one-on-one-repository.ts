/**
 * 1:1 pairs (cadence), meetings, private notes and action items (migration 022). Private notes
 * have their own table and their own method: `meetings()` never selects them.
 */
import type { Kysely } from 'kysely';
import type { AgendaItem } from '../core/one-on-one/agenda.js';
import type { ActionItem, Meeting } from '../core/one-on-one/meeting.js';
import type { Database } from './schema.js';
import type { OneOnOneActionsTable, OneOnOneMeetingsTable, OneOnOneTables } from './schema-one-on-ones.js';

const toMeeting = (r: OneOnOneMeetingsTable): Meeting => ({
  id: r.id,
  manager: r.manager,
  report: r.report,
  heldOn: r.held_on,
  agenda: JSON.parse(r.agenda) as AgendaItem[],
  sharedNotes: r.shared_notes,
  templateVersion: Number(r.template_version),
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  updatedAt: Number(r.updated_at),
});

const toAction = (r: OneOnOneActionsTable): ActionItem => ({
  id: r.id,
  manager: r.manager,
  report: r.report,
  meeting: r.meeting,
  text: r.text,
  owner: r.owner,
  dueOn: r.due_on,
  doneAt: r.done_at === null ? null : Number(r.done_at),
  createdAt: Number(r.created_at),
});

export class OneOnOneRepository {
  private readonly db: Kysely<OneOnOneTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<OneOnOneTables>();
  }

  /** The cadence set for a pair, in days; undefined when the manager never set one (the default applies). */
  async cadence(manager: string, report: string): Promise<number | undefined> {
    const r = await this.db.selectFrom('one_on_one_pairs').select('cadence_days').where('manager', '=', manager).where('report', '=', report).executeTakeFirst();
    return r === undefined ? undefined : Number(r.cadence_days);
  }

  /** Cadences a manager set, by report. */
  async cadencesOf(manager: string): Promise<Map<string, number>> {
    const rows = await this.db.selectFrom('one_on_one_pairs').select(['report', 'cadence_days']).where('manager', '=', manager).execute();
    return new Map(rows.map((r) => [r.report, Number(r.cadence_days)]));
  }

  async setCadence(manager: string, report: string, days: number, at: number, by: string | null): Promise<void> {
    await this.db
      .insertInto('one_on_one_pairs')
      .values({ manager, report, cadence_days: days, updated_at: at, updated_by: by })
      .onConflict((oc) => oc.columns(['manager', 'report']).doUpdateSet({ cadence_days: days, updated_at: at, updated_by: by }))
      .execute();
  }

  /** The day of the last 1:1 of each of a manager's pairs. */
  async lastHeldOf(manager: string): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('one_on_one_meetings').select(['report']).select((eb) => eb.fn.max('held_on').as('last')).where('manager', '=', manager).groupBy('report').execute();
    return new Map(rows.map((r) => [r.report, String(r.last)]));
  }

  async insertMeeting(m: Meeting): Promise<void> {
    await this.db
      .insertInto('one_on_one_meetings')
      .values({ id: m.id, manager: m.manager, report: m.report, held_on: m.heldOn, agenda: JSON.stringify(m.agenda), shared_notes: m.sharedNotes, template_version: m.templateVersion, created_at: m.createdAt, created_by: m.createdBy, updated_at: m.updatedAt })
      .execute();
  }

  async updateSharedNotes(id: string, text: string, at: number): Promise<void> {
    await this.db.updateTable('one_on_one_meetings').set({ shared_notes: text, updated_at: at }).where('id', '=', id).execute();
  }

  async getMeeting(id: string): Promise<Meeting | undefined> {
    const r = await this.db.selectFrom('one_on_one_meetings').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toMeeting(r);
  }

  /** A pair's 1:1s, newest first — without private notes. */
  async meetings(manager: string, report: string): Promise<Meeting[]> {
    const rows = await this.db.selectFrom('one_on_one_meetings').selectAll().where('manager', '=', manager).where('report', '=', report).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
    return rows.map(toMeeting);
  }

  /** Every 1:1 of a report, with whichever manager, newest first — without private notes. */
  async meetingsOfReport(report: string): Promise<Meeting[]> {
    const rows = await this.db.selectFrom('one_on_one_meetings').selectAll().where('report', '=', report).orderBy('held_on', 'desc').orderBy('created_at', 'desc').execute();
    return rows.map(toMeeting);
  }

  /** Empty text removes the note. */
  async setPrivateNote(meeting: string, text: string, at: number): Promise<void> {
    if (text === '') {
      await this.db.deleteFrom('one_on_one_private_notes').where('meeting', '=', meeting).execute();
      return;
    }
    await this.db
      .insertInto('one_on_one_private_notes')
      .values({ meeting, text, updated_at: at })
      .onConflict((oc) => oc.column('meeting').doUpdateSet({ text, updated_at: at }))
      .execute();
  }

  /** The manager's private notes of these 1:1s, by meeting: only for readers the policy allows. */
  async privateNotes(meetings: readonly string[]): Promise<Map<string, string>> {
    if (meetings.length === 0) return new Map();
    const rows = await this.db.selectFrom('one_on_one_private_notes').select(['meeting', 'text']).where('meeting', 'in', meetings).execute();
    return new Map(rows.map((r) => [r.meeting, r.text]));
  }

  async insertAction(a: ActionItem): Promise<void> {
    await this.db
      .insertInto('one_on_one_actions')
      .values({ id: a.id, manager: a.manager, report: a.report, meeting: a.meeting, text: a.text, owner: a.owner, due_on: a.dueOn, done_at: a.doneAt, created_at: a.createdAt })
      .execute();
  }

  async getAction(id: string): Promise<ActionItem | undefined> {
    const r = await this.db.selectFrom('one_on_one_actions').selectAll().where('id', '=', id).executeTakeFirst();
    return r && toAction(r);
  }

  async setActionDone(id: string, doneAt: number | null): Promise<void> {
    await this.db.updateTable('one_on_one_actions').set({ done_at: doneAt }).where('id', '=', id).execute();
  }

  /** Every action item of a report's 1:1s, oldest first. */
  async actionsOfReport(report: string): Promise<ActionItem[]> {
    const rows = await this.db.selectFrom('one_on_one_actions').selectAll().where('report', '=', report).orderBy('created_at').orderBy('id').execute();
    return rows.map(toAction);
  }
}
