/**
 * Promotion cases (issue 15): one case per person and cycle, arguing for a target level of a
 * ladder version, and its case files — one per example — with the target dimensions it shows
 * and the evidence items it cites (JSON arrays of ids, read whole with their example).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('promotion_cases')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'varchar(100)', (c) => c.notNull())
    .addColumn('target_level', 'varchar(100)', (c) => c.notNull())
    .addColumn('ladder', 'varchar(100)', (c) => c.notNull())
    .addColumn('ladder_version', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('promotion_cases_one_per_person', ['cycle', 'person'])
    .execute();
  await db.schema
    .createTable('promotion_examples')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('case_id', 'varchar(100)', (c) => c.notNull().references('promotion_cases.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('problem', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull())
    .addColumn('from_day', 'bigint', (c) => c.notNull())
    .addColumn('to_day', 'bigint')
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('promotion_examples_by_case').on('promotion_examples').columns(['case_id', 'position']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('promotion_examples').execute();
  await db.schema.dropTable('promotion_cases').execute();
}
