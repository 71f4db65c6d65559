/**
 * Compensation context (migration 014b): the organisation's band table — per level × track ×
 * currency, a min, mid and max, replaced whole by each import — and a budget per review cycle,
 * which the sum of the proposals is weighed against. Kept apart from growth like proposals are.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('compensation_bands')
    .addColumn('level', 'varchar(100)', (c) => c.notNull())
    .addColumn('track', 'varchar(100)', (c) => c.notNull())
    .addColumn('currency', 'varchar(3)', (c) => c.notNull())
    .addColumn('min', 'double precision', (c) => c.notNull())
    .addColumn('mid', 'double precision', (c) => c.notNull())
    .addColumn('max', 'double precision', (c) => c.notNull())
    .addColumn('imported_at', 'bigint', (c) => c.notNull())
    .addColumn('imported_by', 'varchar(100)')
    .addPrimaryKeyConstraint('compensation_bands_pk', ['level', 'track', 'currency'])
    .execute();
  await db.schema
    .createTable('compensation_budgets')
    .addColumn('cycle', 'varchar(200)', (c) => c.primaryKey())
    .addColumn('currency', 'varchar(3)', (c) => c.notNull())
    .addColumn('amount', 'double precision', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(100)')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('compensation_budgets').execute();
  await db.schema.dropTable('compensation_bands').execute();
}
