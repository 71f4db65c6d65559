/**
 * Calibration workshops on sample packets: rounds (the signals and scale copied from the rubric,
 * the raters), their anonymised sample packets, and each rater's rating per packet × signal.
 * Lists (signals, scale, raters, removals) are JSON text: they are read whole with their round.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('workshop_rounds')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('raters', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addColumn('closed_at', 'bigint')
    .addColumn('closed_by', 'varchar(100)')
    .execute();
  await db.schema
    .createTable('workshop_packets')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('round', 'varchar(100)', (c) => c.notNull().references('workshop_rounds.id'))
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('origin', 'varchar(20)', (c) => c.notNull())
    .addColumn('removed', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('approved_at', 'bigint')
    .execute();
  await db.schema.createIndex('workshop_packets_by_round').on('workshop_packets').columns(['round', 'created_at']).execute();
  await db.schema
    .createTable('workshop_ratings')
    .addColumn('round', 'varchar(100)', (c) => c.notNull().references('workshop_rounds.id'))
    .addColumn('packet', 'varchar(100)', (c) => c.notNull().references('workshop_packets.id'))
    .addColumn('rater', 'varchar(100)', (c) => c.notNull())
    .addColumn('signal', 'varchar(100)', (c) => c.notNull())
    .addColumn('value', 'varchar(100)', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('workshop_ratings_pk', ['round', 'packet', 'rater', 'signal'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workshop_ratings').execute();
  await db.schema.dropTable('workshop_packets').execute();
  await db.schema.dropTable('workshop_rounds').execute();
}
