/**
 * The compensation band table and the cycles' budgets (migration 014b). Only use cases that asked
 * the policy (`compensation-bands`, `compensation-budget`) call this. An import replaces the whole
 * band table in the caller's transaction: a table half old, half new would mislead.
 */
import type { Kysely } from 'kysely';
import type { Band } from '../core/compensation/bands.js';
import type { Database } from './schema.js';

export interface StoredBands {
  bands: Band[];
  importedAt: number | null;
  importedBy: string | null;
}

export interface Budget {
  cycle: string;
  currency: string;
  amount: number;
  updatedAt: number;
  updatedBy: string | null;
}

export class CompensationBandRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async replaceAll(bands: readonly Band[], at: number, by: string | null): Promise<void> {
    await this.db.deleteFrom('compensation_bands').execute();
    for (let i = 0; i < bands.length; i += 200) {
      await this.db
        .insertInto('compensation_bands')
        .values(bands.slice(i, i + 200).map((b) => ({ ...b, imported_at: at, imported_by: by })))
        .execute();
    }
  }

  async list(): Promise<StoredBands> {
    const rows = await this.db.selectFrom('compensation_bands').selectAll().orderBy('track').orderBy('level').orderBy('currency').execute();
    return {
      bands: rows.map((r) => ({ level: r.level, track: r.track, currency: r.currency, min: Number(r.min), mid: Number(r.mid), max: Number(r.max) })),
      importedAt: rows[0] ? Number(rows[0].imported_at) : null,
      importedBy: rows[0]?.imported_by ?? null,
    };
  }

  async budget(cycle: string): Promise<Budget | null> {
    const r = await this.db.selectFrom('compensation_budgets').selectAll().where('cycle', '=', cycle).executeTakeFirst();
    return r ? { cycle: r.cycle, currency: r.currency, amount: Number(r.amount), updatedAt: Number(r.updated_at), updatedBy: r.updated_by } : null;
  }

  async saveBudget(b: Budget): Promise<void> {
    const values = { currency: b.currency, amount: b.amount, updated_at: b.updatedAt, updated_by: b.updatedBy };
    await this.db.insertInto('compensation_budgets').values({ cycle: b.cycle, ...values }).onConflict((oc) => oc.column('cycle').doUpdateSet(values)).execute();
  }
}
