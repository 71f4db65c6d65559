/**
 * Compensation proposals per cycle × person (migration 006), in a table no growth query
 * touches. Only use cases that asked the policy's `compensation` rule call this.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ReviewTables } from './schema-reviews.js';

export type CompensationFields = Record<string, string | number | boolean | null>;

export interface Compensation {
  cycle: string;
  person: string;
  fields: CompensationFields;
  updatedBy: string | null;
  updatedAt: number;
}

export class CompensationRepository {
  private readonly db: Kysely<ReviewTables>;
  constructor(db: Kysely<Database>) {
    this.db = db.withTables<ReviewTables>();
  }

  async save(c: Compensation): Promise<void> {
    const values = { fields: JSON.stringify(c.fields), updated_by: c.updatedBy, updated_at: c.updatedAt };
    await this.db
      .insertInto('compensation')
      .values({ cycle: c.cycle, person: c.person, ...values })
      .onConflict((oc) => oc.columns(['cycle', 'person']).doUpdateSet(values))
      .execute();
  }

  async get(cycle: string, person: string): Promise<Compensation | undefined> {
    const r = await this.db.selectFrom('compensation').selectAll().where('cycle', '=', cycle).where('person', '=', person).executeTakeFirst();
    return r && toCompensation(r);
  }

  /** Every proposal of a cycle, in one query (the compensation list). */
  async forCycle(cycle: string): Promise<Compensation[]> {
    const rows = await this.db.selectFrom('compensation').selectAll().where('cycle', '=', cycle).orderBy('person').execute();
    return rows.map(toCompensation);
  }

  /** Who has a compensation proposal in a cycle (the home page counts who is still without one). */
  async proposedIn(cycle: string): Promise<Set<string>> {
    const rows = await this.db.selectFrom('compensation').select('person').where('cycle', '=', cycle).execute();
    return new Set(rows.map((r) => r.person));
  }
}

function toCompensation(r: { cycle: string; person: string; fields: string; updated_by: string | null; updated_at: number | string }): Compensation {
  return { cycle: r.cycle, person: r.person, fields: JSON.parse(r.fields) as CompensationFields, updatedBy: r.updated_by, updatedAt: Number(r.updated_at) };
}
