/**
 * Career ladder versions (spec/people.md, "Career ladder"). One row per version of a ladder; the
 * ladder itself (levels, dimensions, cells) is JSON text, read and written whole — it is a
 * document that cycles point at by (ladder id, version), never queried cell by cell.
 *
 * `published_at` is null while a version is a draft. Published rows are never updated: an edit
 * after publication is a new row with the next version number (the repository enforces it).
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('ladder_versions')
    .addColumn('ladder_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addPrimaryKeyConstraint('ladder_versions_pk', ['ladder_id', 'version'])
    .execute();
  await db.schema.createIndex('ladder_versions_published').on('ladder_versions').columns(['published_at']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ladder_versions').execute();
}
