/**
 * Promotion cases record the version of the organisation's promotion-case template they were
 * last written with, as 1:1s and support plans do, so a committee reading an older case knows
 * which prompts its writer saw. Cases written before this migration were written against the
 * built-in prompts, which are version 1.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('promotion_cases').addColumn('template_version', 'integer', (c) => c.notNull().defaultTo(1)).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('promotion_cases').dropColumn('template_version').execute();
}
