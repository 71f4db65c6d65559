/**
 * When a rating's value was decided, apart from when the rating was last saved. `at` moves on
 * every save (a typo fixed in the rationale), so the no-surprises check — "was the feedback shared
 * 30 days before the rating?" — read from it could be cleared by an edit. `decided_at` is when the
 * current value was first decided (it moves only when the value changes); `first_rated_at` is when
 * the cell first got any value. Existing rows take `at`, the best that is known about them.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('review_ratings').addColumn('decided_at', 'bigint').execute();
  await db.schema.alterTable('review_ratings').addColumn('first_rated_at', 'bigint').execute();
  await sql`update review_ratings set decided_at = at, first_rated_at = at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('review_ratings').dropColumn('first_rated_at').execute();
  await db.schema.alterTable('review_ratings').dropColumn('decided_at').execute();
}
