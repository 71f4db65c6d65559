/**
 * Changes that name the deployment which shipped them (`change.deployment`), found by that name.
 *
 * git ingestion states what a first run's deployments ship this way — one column of the change
 * row instead of a link row per change (see app/ingest-git-write.ts) — so readers that start from
 * deployments (the bulk read of every service's figures, clearing a rewritten deployment's names)
 * need the lookup. Partial: changes from other sources rarely name a deployment, and rows without
 * one cost nothing to write.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('changes_deployment_idx').on('changes').column('deployment').where(sql.ref('deployment'), 'is not', null).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('changes_deployment_idx').execute();
}
