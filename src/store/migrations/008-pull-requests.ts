/**
 * Pull requests (GitHub) and merge requests (GitLab): the `pull_request` record kind, for the
 * cross-team friction figures. Schema builder only (SQLite and PostgreSQL alike).
 *
 * Person references are DEFERRABLE INITIALLY DEFERRED like the other record tables (a file may
 * name a reviewer before the reviewer's own line); the importer checks them with FILE:LINE errors.
 * The friction query reads a window of PRs by opening time, whatever the service (a team's
 * members open PRs on other teams' services too), so opened_at is indexed on its own; the
 * (service, opened_at) index serves per-service reads.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pull_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('author', 'text')
    .addColumn('first_review_at', 'bigint')
    .addColumn('first_reviewer', 'text')
    .addColumn('merged_at', 'bigint')
    .addColumn('merged_by', 'text')
    .addColumn('closed_at', 'bigint')
    .addColumn('title', 'text')
    .addForeignKeyConstraint('pull_requests_service_fk', ['service'], 'services', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .addForeignKeyConstraint('pull_requests_author_fk', ['author'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .addForeignKeyConstraint('pull_requests_first_reviewer_fk', ['first_reviewer'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .addForeignKeyConstraint('pull_requests_merged_by_fk', ['merged_by'], 'people', ['id'], (fk) => fk.deferrable().initiallyDeferred())
    .execute();
  await db.schema.createIndex('pull_requests_opened_idx').on('pull_requests').column('opened_at').execute();
  await db.schema.createIndex('pull_requests_service_opened_idx').on('pull_requests').columns(['service', 'opened_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pull_requests').execute();
}
