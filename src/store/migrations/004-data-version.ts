/**
 * A one-row counter of committed record imports: the "data version". Every import that commits
 * records bumps it inside its own transaction, so any Trellis instance sharing the database can
 * tell cheaply (one indexed read) whether results it cached are still current. Schema builder
 * only (SQLite and PostgreSQL alike); the single row is keyed by `id = 1`.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('data_version')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await (db as Kysely<{ data_version: { id: number; version: number } }>).insertInto('data_version').values({ id: 1, version: 0 }).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('data_version').execute();
}
