/**
 * 1:1s, support plans and templates (issue 15). Private 1:1 notes live in a table of their own,
 * so the queries that build what an engineer reads never touch them. Lists read whole with their
 * row (agenda, expectations, support offered, template sections) are JSON text.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('one_on_one_pairs')
    .addColumn('manager', 'varchar(100)', (c) => c.notNull())
    .addColumn('report', 'varchar(100)', (c) => c.notNull())
    .addColumn('cadence_days', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'varchar(100)')
    .addPrimaryKeyConstraint('one_on_one_pairs_pk', ['manager', 'report'])
    .execute();
  await db.schema
    .createTable('one_on_one_meetings')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('manager', 'varchar(100)', (c) => c.notNull())
    .addColumn('report', 'varchar(100)', (c) => c.notNull())
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('shared_notes', 'text', (c) => c.notNull())
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('one_on_one_meetings_by_pair').on('one_on_one_meetings').columns(['manager', 'report', 'held_on']).execute();
  await db.schema
    .createTable('one_on_one_private_notes')
    .addColumn('meeting', 'varchar(100)', (c) => c.primaryKey().references('one_on_one_meetings.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('one_on_one_actions')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('manager', 'varchar(100)', (c) => c.notNull())
    .addColumn('report', 'varchar(100)', (c) => c.notNull())
    .addColumn('meeting', 'varchar(100)', (c) => c.notNull().references('one_on_one_meetings.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('owner', 'varchar(100)', (c) => c.notNull())
    .addColumn('due_on', 'varchar(10)')
    .addColumn('done_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('one_on_one_actions_by_pair').on('one_on_one_actions').columns(['manager', 'report']).execute();
  await db.schema
    .createTable('support_plans')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('person', 'varchar(100)', (c) => c.notNull())
    .addColumn('signal', 'varchar(100)')
    .addColumn('starts_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('ends_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('expectations', 'text', (c) => c.notNull())
    .addColumn('support', 'text', (c) => c.notNull())
    .addColumn('outcome', 'varchar(20)')
    .addColumn('outcome_note', 'text')
    .addColumn('template_version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('support_plans_by_person').on('support_plans').columns(['person', 'created_at']).execute();
  await db.schema
    .createTable('support_plan_checkins')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('plan', 'varchar(100)', (c) => c.notNull().references('support_plans.id'))
    .addColumn('held_on', 'varchar(10)', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .execute();
  await db.schema.createIndex('support_plan_checkins_by_plan').on('support_plan_checkins').columns(['plan', 'held_on']).execute();
  await db.schema
    .createTable('templates')
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'varchar(100)')
    .addPrimaryKeyConstraint('templates_pk', ['kind', 'version'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const t of ['templates', 'support_plan_checkins', 'support_plans', 'one_on_one_actions', 'one_on_one_private_notes', 'one_on_one_meetings', 'one_on_one_pairs']) {
    await db.schema.dropTable(t).execute();
  }
}
