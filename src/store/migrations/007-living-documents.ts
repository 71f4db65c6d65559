/**
 * Living documents (spec/people.md): quarterly goals, evidence items with their outcome links,
 * and growth notes. Lists (signals, dimensions, links) are JSON text: they are read and written
 * with their item, never queried on their own. The outcome link is plain columns so a reader can
 * find "every item linked to deploy-pipeline" without parsing JSON.
 *
 * Growth notes name their author by account and have no foreign key to it, like the audit log:
 * a note must outlive the account of a manager who left.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evidence_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('date', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('signals', 'text', (c) => c.notNull())
    .addColumn('dimensions', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('outcome_target', 'text')
    .addColumn('outcome_id', 'text')
    .addColumn('outcome_at', 'bigint')
    .addColumn('outcome_window_days', 'integer')
    .addColumn('outcome_metric', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('evidence_items_person_date_idx').on('evidence_items').columns(['person', 'date']).execute();
  await db.schema.createIndex('evidence_items_outcome_idx').on('evidence_items').columns(['outcome_target', 'outcome_id']).execute();

  await db.schema
    .createTable('goals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('quarter', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('goals_person_quarter_idx').on('goals').columns(['person', 'quarter']).execute();

  await db.schema
    .createTable('growth_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('author_account', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('growth_notes_person_at_idx').on('growth_notes').columns(['person', 'created_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['growth_notes', 'goals', 'evidence_items']) await db.schema.dropTable(t).execute();
}
