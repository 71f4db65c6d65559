/**
 * Running a review cycle in the web app (issue 12):
 * - `review_drafts`: a self or manager review being written, private to its writer (one per
 *   writer, so two managers in a line never overwrite each other's draft); submitting copies it
 *   to `review_writeups` and removes it;
 * - `review_writeups.citations` and `review_ratings.context`: reviews and ratings cite evidence
 *   items of the person's living document by id (JSON array); free text the writer adds is kept
 *   apart as context, which never counts as evidence;
 * - `review_cycles.deadlines`: the due date of each step (JSON, epoch ms per step).
 *
 * Ratings written before this cited free text ("canary stage"): entries that are not an id of
 * one of the person's evidence items move to the rating's context, so nothing said is lost and
 * nothing unresolvable is presented as evidence.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('review_drafts')
    .addColumn('cycle', 'text', (c) => c.notNull().references('review_cycles.id').onDelete('cascade'))
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('author_account', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('citations', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('review_drafts_pk', ['cycle', 'person', 'kind', 'author_account'])
    .execute();
  await db.schema.alterTable('review_writeups').addColumn('citations', 'text', (c) => c.notNull().defaultTo('[]')).execute();
  await db.schema.alterTable('review_ratings').addColumn('context', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('review_cycles').addColumn('deadlines', 'text').execute();
  await moveUnresolvedEvidenceToContext(db);
}

async function moveUnresolvedEvidenceToContext(db: Kysely<unknown>): Promise<void> {
  const ratings = await sql<{ id: string; person: string; evidence: string }>`select id, person, evidence from review_ratings`.execute(db);
  for (const r of ratings.rows) {
    const cited = JSON.parse(r.evidence) as string[];
    if (cited.length === 0) continue;
    const known = await sql<{ id: string }>`select id from evidence_items where person = ${r.person}`.execute(db);
    const ids = new Set(known.rows.map((k) => k.id));
    const kept = cited.filter((c) => ids.has(c));
    const moved = cited.filter((c) => !ids.has(c));
    if (moved.length === 0) continue;
    await sql`update review_ratings set evidence = ${JSON.stringify(kept)}, context = ${moved.join('; ')} where id = ${r.id}`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('review_cycles').dropColumn('deadlines').execute();
  await db.schema.alterTable('review_ratings').dropColumn('context').execute();
  await db.schema.alterTable('review_writeups').dropColumn('citations').execute();
  await db.schema.dropTable('review_drafts').execute();
}
