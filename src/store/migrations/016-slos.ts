/**
 * SLO definitions and the rollups SLO figures are computed from (spec/reliability.md).
 *
 * `openslo_objects` keeps every imported OpenSLO object as validated v1 JSON, so export gives
 * back what was imported. SLO rows also carry their service (a reference to a Trellis service)
 * and their first objective's timeSliceTarget as an exact fraction, which the rollup needs.
 *
 * `sli_rollups` holds per SLO and hour Σgood, Σtotal, minutes with data and good one-minute
 * slices; it is rewritten for the touched hours in the same transaction as every import of
 * `sli` records and every change of an SLO's definition, so status reads 720 rows for a 30-day
 * window instead of 43,200.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('openslo_objects')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('name', 'varchar(63)', (c) => c.notNull())
    .addColumn('source_version', 'varchar(40)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('service', 'text')
    .addColumn('slice_target_n', 'bigint')
    .addColumn('slice_target_d', 'bigint')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('openslo_objects_pk', ['kind', 'name'])
    .addForeignKeyConstraint('openslo_objects_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('openslo_objects_service_idx').on('openslo_objects').column('service').execute();

  await db.schema
    .createTable('sli_rollups')
    .addColumn('slo', 'text', (c) => c.notNull())
    .addColumn('hour', 'bigint', (c) => c.notNull())
    .addColumn('good', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('data_slices', 'bigint', (c) => c.notNull())
    .addColumn('good_slices', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('sli_rollups_pk', ['slo', 'hour'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sli_rollups').execute();
  await db.schema.dropTable('openslo_objects').execute();
}
