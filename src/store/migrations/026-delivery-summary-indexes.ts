/**
 * Indexes for figures-only delivery reports (src/store/delivery-summary.ts), which read numbers
 * instead of the events behind them:
 * - lead times: per environment and service, the window's shipped changes by deployment finish,
 *   with the baseline and merge flags and the commit time, answered from the index alone;
 * - the deployments with failure, rework or recovery evidence, by finish (a partial index: most
 *   deployments have none, and a report only opens the evidence of those that have some);
 * - failed attempts (`status: failure`) by service, environment and finish, counted from the
 *   index (also partial: they are few, and the deployments index does not hold the status).
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('delivery_change_facts_lead_idx')
    .on('delivery_change_facts')
    .columns(['environment', 'service', 'finished_at', 'baseline', 'is_merge', 'committed_at'])
    .execute();
  await db.schema
    .createIndex('delivery_deployment_facts_evidence_idx')
    .on('delivery_deployment_facts')
    .columns(['environment', 'service', 'finished_at'])
    .where(sql.ref('evidence'), 'is not', null)
    .execute();
  await db.schema
    .createIndex('deployments_failed_attempts_idx')
    .on('deployments')
    .columns(['service', 'environment', 'finished_at'])
    .where(sql.ref('status'), '=', 'failure')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deployments_failed_attempts_idx').execute();
  await db.schema.dropIndex('delivery_deployment_facts_evidence_idx').execute();
  await db.schema.dropIndex('delivery_change_facts_lead_idx').execute();
}
