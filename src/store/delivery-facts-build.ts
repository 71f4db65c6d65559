/**
 * Building the stored delivery facts of services (see migrations/015-delivery-facts.ts and
 * src/core/delivery/facts.ts): read one service's events — all of its history, which attribution
 * needs — compute its facts per environment with the pure core, and replace its rows. Imports and
 * git ingestion call `rebuildDeliveryFacts` on their transaction with the services they touched,
 * so the facts are never behind the events they come from.
 */
import type { Kysely } from 'kysely';
import { environmentFacts, type ChangeFact, type DeploymentFact } from '../core/delivery/facts.js';
import { indexInput } from '../core/delivery/indexed.js';
import { DEFAULT_REVERT_WINDOW_MS } from '../core/delivery/types.js';
import type { DeliveryEvents } from './delivery-repository.js';
import type { Database } from './schema.js';

const BATCH = 400;
const ID_CHUNK = 500;

/** Replaces the facts of these services (every environment they deployed to) by freshly built ones. */
export async function rebuildDeliveryFacts(db: Kysely<Database>, services: Iterable<string>): Promise<void> {
  const list = [...new Set(services)].sort();
  // All deletions first: a change or deployment that moved between two touched services must
  // leave the old one's rows before the new one's are written.
  for (let i = 0; i < list.length; i += ID_CHUNK) {
    const chunk = list.slice(i, i + ID_CHUNK);
    await db.deleteFrom('delivery_change_facts').where('service', 'in', chunk).execute();
    await db.deleteFrom('delivery_deployment_facts').where('service', 'in', chunk).execute();
    await db.deleteFrom('delivery_fact_scopes').where('service', 'in', chunk).execute();
  }
  for (const service of list) await buildService(db, service);
}

/** Every service's facts, from nothing (the migration that adds them; a repair). */
export async function rebuildAllDeliveryFacts(db: Kysely<Database>): Promise<void> {
  await db.deleteFrom('delivery_change_facts').execute();
  await db.deleteFrom('delivery_deployment_facts').execute();
  await db.deleteFrom('delivery_fact_scopes').execute();
  const rows = await db.selectFrom('services').select('id').orderBy('id').execute();
  for (const { id } of rows) await buildService(db, id);
}

async function buildService(db: Kysely<Database>, service: string): Promise<void> {
  const events = await serviceEvents(db, service);
  const environments = [...new Set(events.deployments.map((d) => d.environment))].sort();
  if (environments.length === 0) return;
  const ix = indexInput(events);
  const deployments: DeploymentFact[] = [];
  const changes: ChangeFact[] = [];
  for (const environment of environments) {
    const f = environmentFacts(ix, service, environment, DEFAULT_REVERT_WINDOW_MS);
    deployments.push(...f.deployments);
    changes.push(...f.changes);
  }
  await db.insertInto('delivery_fact_scopes').values(environments.map((environment) => ({ service, environment }))).execute();
  for (let i = 0; i < deployments.length; i += BATCH) {
    await db
      .insertInto('delivery_deployment_facts')
      .values(
        deployments.slice(i, i + BATCH).map((d) => ({
          deployment: d.id,
          service: d.service,
          environment: d.environment,
          finished_at: d.finishedAt,
          kind: d.kind,
          baseline: d.baseline ? 1 : 0,
          evidence: d.evidence === null ? null : JSON.stringify(d.evidence),
        })),
      )
      .execute();
  }
  for (let i = 0; i < changes.length; i += BATCH) {
    await db
      .insertInto('delivery_change_facts')
      .values(
        changes.slice(i, i + BATCH).map((c) => ({
          environment: c.environment,
          change: c.change,
          service: c.service,
          committed_at: c.committedAt,
          is_merge: c.isMerge ? 1 : 0,
          deployment: c.deployment ?? null,
          finished_at: c.finishedAt ?? null,
          baseline: c.baseline ? 1 : 0,
        })),
      )
      .execute();
  }
}

/**
 * One service's whole history, plus the incidents of ANY service that its deployments caused or
 * remediate (a team's report pools them; see facts.ts for how scope decides what is seen).
 */
async function serviceEvents(db: Kysely<Database>, service: string): Promise<DeliveryEvents> {
  const [changeRows, deploymentRows] = await Promise.all([
    db.selectFrom('changes').select(['id', 'service', 'committed_at', 'is_merge', 'revert_of', 'deployment']).where('service', '=', service).execute(),
    db.selectFrom('deployments').select(['id', 'service', 'environment', 'status', 'finished_at', 'commit_sha', 'rollback_of', 'remediates']).where('service', '=', service).execute(),
  ]);
  const [linkRows, caused, remediated] = await Promise.all([
    db
      .selectFrom('deployment_changes')
      .innerJoin('deployments', 'deployments.id', 'deployment_changes.deployment')
      .select(['deployment_changes.deployment as deployment', 'deployment_changes.change as change'])
      .where('deployments.service', '=', service)
      .execute(),
    db
      .selectFrom('incidents')
      .select(['id', 'service', 'started_at', 'resolved_at', 'caused_by'])
      .where('caused_by', 'in', db.selectFrom('deployments').select('id').where('service', '=', service))
      .execute(),
    db
      .selectFrom('incidents')
      .select(['id', 'service', 'started_at', 'resolved_at', 'caused_by'])
      .where('id', 'in', db.selectFrom('deployments').select('remediates').where('service', '=', service).where('remediates', 'is not', null))
      .execute(),
  ]);
  const links = new Map<string, string[]>();
  for (const r of linkRows) {
    const list = links.get(r.deployment);
    if (list === undefined) links.set(r.deployment, [r.change]);
    else list.push(r.change);
  }
  return {
    changes: changeRows.map((c) => ({
      id: c.id,
      service: c.service,
      committedAt: Number(c.committed_at),
      isMerge: Number(c.is_merge) === 1,
      ...(c.revert_of === null ? {} : { revertOf: c.revert_of }),
      ...(c.deployment === null ? {} : { deployment: c.deployment }),
    })),
    deployments: deploymentRows.map((d) => {
      const changes = links.get(d.id);
      return {
        id: d.id,
        service: d.service,
        environment: d.environment,
        status: d.status === 'failure' ? 'failure' : 'success',
        finishedAt: Number(d.finished_at),
        ...(d.commit_sha === null ? {} : { commit: d.commit_sha }),
        ...(changes ? { changes: changes.sort() } : {}),
        ...(d.rollback_of === null ? {} : { rollbackOf: d.rollback_of }),
        ...(d.remediates === null ? {} : { remediates: d.remediates }),
      };
    }),
    incidents: [...caused, ...remediated].map((i) => ({
      id: i.id,
      service: i.service,
      startedAt: Number(i.started_at),
      ...(i.resolved_at === null ? {} : { resolvedAt: Number(i.resolved_at) }),
      ...(i.caused_by === null ? {} : { causedBy: i.caused_by }),
    })),
  };
}
