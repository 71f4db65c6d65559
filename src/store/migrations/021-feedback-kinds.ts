/**
 * Feedback kinds (spec/people.md): the shared_feedback table grows into the one place feedback
 * about a person lives — manager, self, peer, upward and praise — so every reader of it (the
 * packet, the no-surprises check, the living document) sees the new kinds without a second
 * table. New columns: the kind, whether it is shared with the person or private to their manager
 * line, whether it is anonymous (upward only), the request group it answers, the cycle, the
 * structured prompts (one thing to continue, one to change, each with an example) and the cited
 * evidence items (JSON ids). Existing rows are manager feedback shared with the person.
 *
 * Peer and upward feedback is requested: `feedback_requests` holds one row per colleague asked,
 * grouped by `group_id` (one request sent to several people), answered once.
 */
import type { Kysely } from 'kysely';

const added: [string, 'text' | 'integer', string | number | null][] = [
  ['kind', 'text', 'manager'],
  ['visibility', 'text', 'shared'],
  ['anonymous', 'integer', 0],
  ['request_group', 'text', null],
  ['cycle', 'text', null],
  ['continue_text', 'text', null],
  ['continue_example', 'text', null],
  ['change_text', 'text', null],
  ['change_example', 'text', null],
  ['citations', 'text', '[]'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // One column per statement: SQLite adds a single column per ALTER TABLE.
  for (const [name, type, dflt] of added) {
    await db.schema
      .alterTable('shared_feedback')
      .addColumn(name, type, (c) => (dflt === null ? c : c.notNull().defaultTo(dflt)))
      .execute();
  }
  await db.schema
    .createTable('feedback_requests')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('group_id', 'varchar(100)', (c) => c.notNull())
    .addColumn('cycle', 'varchar(100)', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('subject', 'varchar(100)', (c) => c.notNull())
    .addColumn('writer', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(20)', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('requested_by', 'varchar(100)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('answered_at', 'bigint')
    .execute();
  // One request per colleague, kind, person and cycle — also when two people ask at the same moment.
  await db.schema.createIndex('feedback_requests_once').on('feedback_requests').columns(['subject', 'cycle', 'kind', 'writer']).unique().execute();
  await db.schema.createIndex('feedback_requests_writer').on('feedback_requests').columns(['writer', 'answered_at']).execute();
  await db.schema.createIndex('feedback_requests_group').on('feedback_requests').columns(['group_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('feedback_requests').execute();
  for (const [name] of [...added].reverse()) await db.schema.alterTable('shared_feedback').dropColumn(name).execute();
}
