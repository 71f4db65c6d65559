/** Quarterly goals of living documents. */
import type { Kysely, Selectable } from 'kysely';
import type { Goal, GoalStatus } from '../core/evidence/index.js';
import type { Database } from './schema.js';
import type { GoalsTable } from './schema-evidence.js';

export class GoalRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(g: Goal): Promise<void> {
    await this.db
      .insertInto('goals')
      .values({ id: g.id, person: g.person, quarter: g.quarter, text: g.text, status: g.status, created_at: g.createdAt, updated_at: g.updatedAt })
      .execute();
  }

  async update(g: Goal): Promise<void> {
    await this.db.updateTable('goals').set({ quarter: g.quarter, text: g.text, status: g.status, updated_at: g.updatedAt }).where('id', '=', g.id).execute();
  }

  async get(id: string): Promise<Goal | undefined> {
    const row = await this.db.selectFrom('goals').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : fromRow(row);
  }

  /** A person's goals, newest quarter first, then in the order they were written. */
  /** How many goals a person's document holds (for its size cap). */
  async countGoals(person: string): Promise<number> {
    const row = await this.db.selectFrom('goals').select((eb) => eb.fn.countAll().as('n')).where('person', '=', person).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async listGoals(person: string): Promise<Goal[]> {
    const rows = await this.db.selectFrom('goals').selectAll().where('person', '=', person).orderBy('quarter', 'desc').orderBy('created_at').orderBy('id').execute();
    return rows.map(fromRow);
  }
}

function fromRow(r: Selectable<GoalsTable>): Goal {
  return { id: r.id, person: r.person, quarter: r.quarter, text: r.text, status: r.status as GoalStatus, createdAt: Number(r.created_at), updatedAt: Number(r.updated_at) };
}
