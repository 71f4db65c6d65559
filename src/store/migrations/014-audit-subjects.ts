/**
 * One audit entry can name several people: reading a list of 64 people's compensation is one
 * read, so it writes one entry that names the people shown, and each of them still finds it in
 * "who read my records". `audit_subjects` holds those names; an entry about one person keeps
 * using `audit_log.subject_person`. The actor index serves the audit page's "who did it" filter.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_subjects')
    .addColumn('audit_id', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_subjects_pk', ['audit_id', 'person'])
    .execute();
  await db.schema.createIndex('audit_subjects_person_idx').on('audit_subjects').columns(['person', 'audit_id']).execute();
  await db.schema.createIndex('audit_log_actor_at_idx').on('audit_log').columns(['actor_account', 'at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('audit_log_actor_at_idx').execute();
  await db.schema.dropTable('audit_subjects').execute();
}
