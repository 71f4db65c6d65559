/**
 * Calibration of a real cycle (issue 16):
 * - `calibration_sessions`: one per cycle — pre-rating, open, locked — with who moved it when;
 * - `calibration_checklist`: the calibration questions ticked per person in a session;
 * - `surprise_acknowledgements`: a calibrator's note on an open no-surprises flag. It is keyed by
 *   the rating and the moment its value was decided, so a new decision raises the flag again.
 * Calibration changes themselves stay in `review_rating_changes` (migration 006).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calibration_sessions')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('cycle', 'varchar(100)', (c) => c.notNull().unique().references('review_cycles.id'))
    .addColumn('state', 'varchar(20)', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addColumn('opened_at', 'bigint')
    .addColumn('opened_by', 'varchar(100)')
    .addColumn('locked_at', 'bigint')
    .addColumn('locked_by', 'varchar(100)')
    .execute();
  await db.schema
    .createTable('calibration_checklist')
    .addColumn('session', 'varchar(100)', (c) => c.notNull().references('calibration_sessions.id'))
    .addColumn('person', 'varchar(100)', (c) => c.notNull())
    .addColumn('question', 'varchar(50)', (c) => c.notNull())
    .addColumn('by_account', 'varchar(100)')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('calibration_checklist_pk', ['session', 'person', 'question'])
    .execute();
  await db.schema
    .createTable('surprise_acknowledgements')
    .addColumn('cycle', 'varchar(100)', (c) => c.notNull().references('review_cycles.id'))
    .addColumn('rating', 'varchar(100)', (c) => c.notNull())
    .addColumn('decided_at', 'bigint', (c) => c.notNull())
    .addColumn('person', 'varchar(100)', (c) => c.notNull())
    .addColumn('signal', 'varchar(100)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('by_account', 'varchar(100)')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('surprise_acknowledgements_pk', ['cycle', 'rating', 'decided_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('surprise_acknowledgements').execute();
  await db.schema.dropTable('calibration_checklist').execute();
  await db.schema.dropTable('calibration_sessions').execute();
}
