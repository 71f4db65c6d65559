/**
 * Incident details and the alert behind a page (issue 13): who worked an incident
 * (`participants`, a JSON array of person ids — read whole with its incident, never joined on),
 * the postmortem link, and a reusable `cause` label that makes repeat incidents findable; and the
 * alert that raised each page, so the noisiest alerts can be named and tuned.
 *
 * Added columns only: existing rows keep working with nulls, and nothing is rewritten.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('incidents').addColumn('participants', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('postmortem', 'text').execute();
  await db.schema.alterTable('incidents').addColumn('cause', 'text').execute();
  await db.schema.alterTable('pages').addColumn('alert', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('pages').dropColumn('alert').execute();
  for (const c of ['cause', 'postmortem', 'participants']) await db.schema.alterTable('incidents').dropColumn(c).execute();
}
