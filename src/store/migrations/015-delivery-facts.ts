/**
 * Stored delivery facts (src/core/delivery/facts.ts, src/store/delivery-facts.ts): per
 * deployment its kind, baseline flag and failure/rework/recovery evidence, and per change and
 * environment the deployment that first shipped it. Reports read only their window from these
 * instead of every event ever recorded; imports and git ingestion rebuild the facts of exactly
 * the services they touch, in their own transaction.
 *
 * The facts of the data already stored are built here, once, from the events (they are derived
 * data: `trellis migrate` on a large store takes about as long as reading every event once).
 */
import type { Kysely } from 'kysely';
import { rebuildAllDeliveryFacts } from '../delivery-facts-build.js';
import type { Database } from '../schema.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('delivery_deployment_facts')
    .addColumn('deployment', 'text', (c) => c.primaryKey())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'bigint', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('baseline', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text')
    .execute();
  await db.schema.createIndex('delivery_deployment_facts_window_idx').on('delivery_deployment_facts').columns(['environment', 'service', 'finished_at']).execute();

  await db.schema
    .createTable('delivery_change_facts')
    .addColumn('environment', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('committed_at', 'bigint', (c) => c.notNull())
    .addColumn('is_merge', 'integer', (c) => c.notNull())
    .addColumn('deployment', 'text')
    .addColumn('finished_at', 'bigint')
    .addColumn('baseline', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_change_facts_pk', ['environment', 'change'])
    .execute();
  // Lead times (shipped in the window) and undeployed changes (not shipped, or shipped after `to`),
  // answered from the index alone: a window's shipments are read without touching the table.
  await db.schema
    .createIndex('delivery_change_facts_window_idx')
    .on('delivery_change_facts')
    .columns(['environment', 'service', 'finished_at', 'committed_at', 'is_merge', 'change', 'deployment'])
    .execute();

  // Which (service, environment) pairs have facts: a service that never deployed to an
  // environment has none, and all its changes are undeployed there.
  await db.schema
    .createTable('delivery_fact_scopes')
    .addColumn('service', 'text', (c) => c.notNull())
    .addColumn('environment', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_fact_scopes_pk', ['service', 'environment'])
    .execute();

  // Building a service's facts reads the incidents its deployments caused, whatever their service.
  await db.schema.createIndex('incidents_caused_by_idx').on('incidents').column('caused_by').execute();

  await rebuildAllDeliveryFacts(db as Kysely<Database>);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('incidents_caused_by_idx').execute();
  await db.schema.dropTable('delivery_fact_scopes').execute();
  await db.schema.dropTable('delivery_change_facts').execute();
  await db.schema.dropTable('delivery_deployment_facts').execute();
}
