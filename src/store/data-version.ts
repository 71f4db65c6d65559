/**
 * The data version: a counter every committed import bumps (migrations/004-data-version.ts).
 * Kept apart from the repositories so the import use case can bump it on its transaction and
 * any per-process cache (delivery reports, reporting lines) can read it cheaply.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

/** One UPDATE, inside the caller's transaction: cheap enough to run once per imported file. */
export async function bumpDataVersion(db: Kysely<Database>): Promise<void> {
  await db.updateTable('data_version').set({ version: sql<number>`version + 1` }).where('id', '=', 1).execute();
}

/** The current data version (0 before the first import). */
export async function readDataVersion(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('data_version').select('version').where('id', '=', 1).executeTakeFirst();
  return row === undefined ? 0 : Number(row.version);
}
