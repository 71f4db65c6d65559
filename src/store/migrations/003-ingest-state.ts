/**
 * What git ingestion has already read, per repository, service and environment, so the next
 * run asks git only for what is new. Schema builder only (SQLite and PostgreSQL alike).
 *
 * - `tips`: JSON array of the commit shas at the tips of the branches and tags read last time;
 *   the next run passes them to git as `^sha` exclusions.
 * - `deployments`: JSON array of the tag deployments already written (id, tag, commit, time), so
 *   a new tag's changes can be computed against every earlier-deployed commit.
 * Environment is part of the key because deployments are per environment; the commits are not,
 * but reading them again for a second environment only re-upserts the same rows.
 * JSON text rather than child tables: the state is read and replaced whole, a few hundred entries.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ingest_state')
    .addColumn('repository', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('tips', 'text', (c) => c.notNull())
    .addColumn('deployments', 'text', (c) => c.notNull())
    .addColumn('ingested_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('ingest_state_pk', ['repository', 'service', 'environment'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ingest_state').execute();
}
