/**
 * Where the delivery data ends (DeliveryRepository.latestRecordAt: the latest deployment finish
 * and incident start) is read by every before/after comparison, to shorten windows that pass it.
 * The existing indexes lead with the service, so the maximum walked every entry (about 20 ms on
 * an organisation's 474,000 deployments, more than the comparison's own reads); an index on the
 * time alone answers it from one end.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex('deployments_finished_at_idx').on('deployments').column('finished_at').execute();
  await db.schema.createIndex('incidents_started_at_idx').on('incidents').column('started_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_started_at_idx').execute();
  await db.schema.dropIndex('deployments_finished_at_idx').execute();
}
