/**
 * Where a change, deployment, incident or pull request can be opened at its source (`url`):
 * the drill-down behind a delivery figure links each event out to the commit, pull request,
 * deployment or incident page, so a reader can check it there. Nullable: most sources and
 * older imports carry none. Schema builder only (SQLite and PostgreSQL alike).
 */
import type { Kysely } from 'kysely';

const tables = ['changes', 'deployments', 'incidents', 'pull_requests'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).addColumn('url', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of tables) await db.schema.alterTable(table).dropColumn('url').execute();
}
