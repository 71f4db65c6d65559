/**
 * Reviews (spec/people.md, "Review signals and cycles"): rubric versions and their
 * announcements, cycles with their state history, ratings with calibration changes, comments and
 * challenges on ratings, shared feedback (minimal: the no-surprises check reads it), self and
 * manager reviews, and compensation — in a table of its own, so no query for growth material
 * ever touches it. Schema builder only (SQLite and PostgreSQL alike); documents (signals, scale,
 * evidence lists, compensation fields) are JSON text, read and written whole.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rubric_versions')
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('scale', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('published_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('rubric_versions_pk', ['rubric_id', 'version'])
    .execute();

  await db.schema
    .createTable('rubric_announcements')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rubric_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by_account', 'text')
    .addColumn('changes', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('review_cycles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_from', 'bigint', (c) => c.notNull())
    .addColumn('period_to', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('rubric_id', 'text')
    .addColumn('rubric_version', 'integer')
    .addColumn('ladder_id', 'text')
    .addColumn('ladder_version', 'integer')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('review_cycle_steps')
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by_account', 'text')
    .addPrimaryKeyConstraint('review_cycle_steps_pk', ['cycle', 'state'])
    .execute();

  await db.schema
    .createTable('review_ratings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('signal', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('rationale', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('author_account', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('review_ratings_cell', ['cycle', 'person', 'signal'])
    .execute();

  await db.schema
    .createTable('review_rating_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rating', 'text', (c) => c.notNull().references('review_ratings.id').onDelete('cascade'))
    .addColumn('cycle', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('signal', 'text', (c) => c.notNull())
    .addColumn('by_account', 'text')
    .addColumn('old_value', 'text', (c) => c.notNull())
    .addColumn('new_value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_rating_changes_person').on('review_rating_changes').columns(['cycle', 'person']).execute();

  await db.schema
    .createTable('review_rating_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('signal', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_account', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('state', 'text')
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'bigint')
    .execute();
  await db.schema.createIndex('review_rating_notes_person').on('review_rating_notes').columns(['cycle', 'person']).execute();

  await db.schema
    .createTable('shared_feedback')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('author_account', 'text')
    .addColumn('signal', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('shared_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('shared_feedback_person').on('shared_feedback').columns(['person', 'signal']).execute();

  await db.schema
    .createTable('review_writeups')
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('author_account', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_writeups_pk', ['cycle', 'person', 'kind'])
    .execute();

  await db.schema
    .createTable('compensation')
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('fields', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('compensation_pk', ['cycle', 'person'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['compensation', 'review_writeups', 'shared_feedback', 'review_rating_notes', 'review_rating_changes', 'review_ratings', 'review_cycle_steps', 'review_cycles', 'rubric_announcements', 'rubric_versions']) {
    await db.schema.dropTable(t).execute();
  }
}
