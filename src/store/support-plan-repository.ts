/** Support plans and their check-ins (migration 022). */
import type { Kysely } from 'kysely';
import type { SupportPlan, SupportPlanCheckIn, SupportPlanOutcome } from '../core/support-plan/support-plan.js';
import type { Database } from './schema.js';
import type { OneOnOneTables, SupportPlansTable } from './schema-one-on-ones.js';

const toPlan = (r: SupportPlansTable, checkIns: SupportPlanCheckIn[]): SupportPlan => ({
  id: r.id,
  person: r.person,
  signal: r.signal,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  expectations: JSON.parse(r.expectations) as string[],
  support: JSON.parse(r.support) as string[],
  outcome: r.outcome as SupportPlanOutcome | null,
  outcomeNote: r.outcome_note,
  templateVersion: Number(r.template_version),
  createdAt: Number(r.created_at),
  createdBy: r.created_by,
  updatedAt: Number(r.updated_at),
  checkIns,
});

export type PlanFields = Pick<SupportPlan, 'signal' | 'startsOn' | 'endsOn' | 'expectations' | 'support' | 'outcome' | 'outcomeNote'>;

export class SupportPlanRepository {
  private readonly db: Kysely<OneOnOneTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<OneOnOneTables>();
  }

  async insert(p: SupportPlan): Promise<void> {
    await this.db
      .insertInto('support_plans')
      .values({
        id: p.id,
        person: p.person,
        signal: p.signal,
        starts_on: p.startsOn,
        ends_on: p.endsOn,
        expectations: JSON.stringify(p.expectations),
        support: JSON.stringify(p.support),
        outcome: p.outcome,
        outcome_note: p.outcomeNote,
        template_version: p.templateVersion,
        created_at: p.createdAt,
        created_by: p.createdBy,
        updated_at: p.updatedAt,
      })
      .execute();
  }

  async update(id: string, f: PlanFields, at: number): Promise<void> {
    await this.db
      .updateTable('support_plans')
      .set({ signal: f.signal, starts_on: f.startsOn, ends_on: f.endsOn, expectations: JSON.stringify(f.expectations), support: JSON.stringify(f.support), outcome: f.outcome, outcome_note: f.outcomeNote, updated_at: at })
      .where('id', '=', id)
      .execute();
  }

  async addCheckIn(plan: string, c: SupportPlanCheckIn): Promise<void> {
    await this.db.insertInto('support_plan_checkins').values({ id: c.id, plan, held_on: c.heldOn, note: c.note, created_at: c.createdAt, created_by: c.createdBy }).execute();
  }

  async get(id: string): Promise<SupportPlan | undefined> {
    const r = await this.db.selectFrom('support_plans').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return toPlan(r, (await this.checkIns([id])).get(id) ?? []);
  }

  /** A person's plans, newest first, each with its check-ins in date order. */
  async forPerson(person: string): Promise<SupportPlan[]> {
    const rows = await this.db.selectFrom('support_plans').selectAll().where('person', '=', person).orderBy('created_at', 'desc').orderBy('id').execute();
    const checkIns = await this.checkIns(rows.map((r) => r.id));
    return rows.map((r) => toPlan(r, checkIns.get(r.id) ?? []));
  }

  /** What the no-surprises check needs of these people's plans (every plan is shared from creation). */
  async sharedFacts(people: readonly string[]): Promise<Pick<SupportPlan, 'id' | 'person' | 'signal' | 'createdAt'>[]> {
    if (people.length === 0) return [];
    const rows = await this.db.selectFrom('support_plans').select(['id', 'person', 'signal', 'created_at']).where('person', 'in', people).execute();
    return rows.map((r) => ({ id: r.id, person: r.person, signal: r.signal, createdAt: Number(r.created_at) }));
  }

  private async checkIns(plans: readonly string[]): Promise<Map<string, SupportPlanCheckIn[]>> {
    const out = new Map<string, SupportPlanCheckIn[]>();
    if (plans.length === 0) return out;
    const rows = await this.db.selectFrom('support_plan_checkins').selectAll().where('plan', 'in', plans).orderBy('held_on').orderBy('created_at').execute();
    for (const r of rows) {
      const list = out.get(r.plan) ?? [];
      list.push({ id: r.id, heldOn: r.held_on, note: r.note, createdAt: Number(r.created_at), createdBy: r.created_by });
      out.set(r.plan, list);
    }
    return out;
  }
}
