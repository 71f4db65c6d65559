/**
 * A growth note may name the review signal it is about. A shared note on a signal is earlier
 * feedback on it for the no-surprises check (spec/people.md), as shared feedback is. Nullable:
 * most notes are about growth in general.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('growth_notes').addColumn('signal', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('growth_notes').dropColumn('signal').execute();
}
