/**
 * Notifications (issue 12): in-app notifications, one row per recipient with read/unread; the
 * email outbox, written in the same transaction as the event that causes it and delivered later
 * by the server's sender (with attempts, backoff and a final "failed"); and each person's choice
 * of which kinds reach them by email.
 *
 * `dedupe_key` is unique where set: the deadline sweep and one-off prompts insert with it, so
 * running the sweep twice (or on two instances at once) notifies a person once per deadline.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('recipient', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'varchar(500)')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    .addColumn('dedupe_key', 'varchar(300)', (c) => c.unique())
    .execute();
  await db.schema.createIndex('notifications_by_recipient').on('notifications').columns(['recipient', 'created_at']).execute();
  await db.schema
    .createTable('notification_outbox')
    .addColumn('id', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('notification', 'varchar(100)', (c) => c.notNull().references('notifications.id'))
    .addColumn('to_address', 'varchar(320)', (c) => c.notNull())
    .addColumn('subject', 'varchar(300)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // pending → (queued: handed to the job queue, PostgreSQL) → sending → sent | failed, or back to pending to retry
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await db.schema.createIndex('notification_outbox_due').on('notification_outbox').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createTable('notification_preferences')
    .addColumn('person', 'varchar(100)', (c) => c.notNull())
    .addColumn('kind', 'varchar(40)', (c) => c.notNull())
    .addColumn('email', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('notification_preferences_pk', ['person', 'kind'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notification_preferences').execute();
  await db.schema.dropTable('notification_outbox').execute();
  await db.schema.dropTable('notifications').execute();
}
