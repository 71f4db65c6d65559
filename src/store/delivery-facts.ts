/**
 * Reading one window's delivery facts (migrations/015-delivery-facts.ts) for a set of services:
 * the deployments finished in the window with their evidence, the changes they shipped, the
 * changes still undeployed at its end, the failed attempts and the incidents that count. Every
 * query is bounded by the window through an index on (environment, service, time); nothing
 * before the window is read, except undeployed changes (few: work still waiting at `to`).
 */
import type { Kysely } from 'kysely';
import type { DeploymentEvidence, DeploymentFact } from '../core/delivery/facts.js';
import type { WindowFacts } from '../core/delivery/facts-metrics.js';
import type { DeploymentKind } from '../core/delivery/attribution.js';
import type { Database } from './schema.js';

export interface FactsWindow {
  environment: string;
  from: number;
  to: number;
  /** Changes committed and incidents started from here on are not seen (to + revert window). */
  until: number;
  includeMerges: boolean;
}

const CHUNK = 500;

export function chunks<T>(list: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += CHUNK) out.push(list.slice(i, i + CHUNK));
  return out;
}

/** The window facts of `services` (each chunk of services is a handful of indexed range reads). */
export async function readWindowFacts(db: Kysely<Database>, services: readonly string[], w: FactsWindow): Promise<WindowFacts> {
  const out: { [K in keyof WindowFacts]: WindowFacts[K][number][] } = { deployments: [], shipments: [], undeployed: [], failedAttempts: [], incidents: [] };
  for (const part of chunks(services)) {
    const [deployments, shipments, undeployed, attempts, incidents] = await Promise.all([
      readDeployments(db, part, w),
      readShipments(db, part, w),
      readUndeployed(db, part, w),
      db
        .selectFrom('deployments')
        .select(['id', 'finished_at'])
        .where('service', 'in', part)
        .where('environment', '=', w.environment)
        .where('finished_at', '>=', w.from)
        .where('finished_at', '<', w.to)
        .where('status', '=', 'failure')
        .execute(),
      readIncidents(db, part, w),
    ]);
    // Appended one by one: an organisation's window holds far more rows than a spread may pass.
    for (const d of deployments) out.deployments.push(d);
    for (const s of shipments) out.shipments.push(s);
    for (const u of undeployed) out.undeployed.push(u);
    for (const a of attempts) out.failedAttempts.push({ id: a.id, finishedAt: Number(a.finished_at) });
    for (const i of incidents) out.incidents.push(i);
  }
  return out;
}

async function readDeployments(db: Kysely<Database>, services: string[], w: FactsWindow): Promise<DeploymentFact[]> {
  const rows = await db
    .selectFrom('delivery_deployment_facts')
    .select(['deployment', 'service', 'environment', 'finished_at', 'kind', 'baseline', 'evidence'])
    .where('environment', '=', w.environment)
    .where('service', 'in', services)
    .where('finished_at', '>=', w.from)
    .where('finished_at', '<', w.to)
    .execute();
  return rows.map((r) => ({
    id: r.deployment,
    service: r.service,
    environment: r.environment,
    finishedAt: Number(r.finished_at),
    kind: r.kind as DeploymentKind,
    baseline: Number(r.baseline) === 1,
    evidence: r.evidence === null ? null : (JSON.parse(r.evidence) as DeploymentEvidence),
  }));
}

async function readShipments(db: Kysely<Database>, services: string[], w: FactsWindow) {
  const rows = await db
    .selectFrom('delivery_change_facts')
    .select(['change', 'deployment', 'committed_at', 'is_merge'])
    .where('environment', '=', w.environment)
    .where('service', 'in', services)
    .where('finished_at', '>=', w.from)
    .where('finished_at', '<', w.to)
    .where('committed_at', '<', w.until)
    .execute();
  return rows.map((r) => ({ change: r.change, deployment: r.deployment!, committedAt: Number(r.committed_at), isMerge: Number(r.is_merge) === 1 }));
}

/**
 * Changes committed before `to` that no deployment had shipped by `to`: never shipped (null) or
 * shipped at or after `to`. A service without facts in the environment never deployed there, so
 * all its changes are undeployed: those come from the changes table.
 */
async function readUndeployed(db: Kysely<Database>, services: string[], w: FactsWindow) {
  const base = undeployedFacts(db, services, w).select(['change as id', 'service', 'committed_at']);
  const [never, later, without] = await Promise.all([base.where('finished_at', 'is', null).execute(), base.where('finished_at', '>=', w.to).execute(), servicesWithoutFacts(db, services, w.environment)]);
  const raw = without.length === 0 ? [] : await undeployedChanges(db, without, w).select(['id', 'service', 'committed_at']).execute();
  return [...never, ...later, ...raw].map((r) => ({ id: r.id, service: r.service, committedAt: Number(r.committed_at) }));
}

/**
 * The facts of changes committed before `to` (merges only when asked for): the undeployed are
 * those among them not shipped by `to`, which the caller picks (never, or later). Shared by the
 * event list above and the counts of delivery-summary.ts.
 */
export const undeployedFacts = (db: Kysely<Database>, services: readonly string[], w: FactsWindow) =>
  db
    .selectFrom('delivery_change_facts')
    .where('environment', '=', w.environment)
    .where('service', 'in', services)
    .where('committed_at', '<', w.to)
    .$if(!w.includeMerges, (q) => q.where('is_merge', '=', 0));

/** Every change committed before `to` of services that never deployed in the environment (merges only when asked for). */
export const undeployedChanges = (db: Kysely<Database>, services: readonly string[], w: FactsWindow) =>
  db
    .selectFrom('changes')
    .where('service', 'in', services)
    .where('committed_at', '<', w.to)
    .$if(!w.includeMerges, (q) => q.where('is_merge', '=', 0));

/** Those of `services` with no facts in the environment: they never deployed there. */
export async function servicesWithoutFacts(db: Kysely<Database>, services: readonly string[], environment: string): Promise<string[]> {
  const built = await db.selectFrom('delivery_fact_scopes').select('service').where('environment', '=', environment).where('service', 'in', services).execute();
  const withFacts = new Set(built.map((b) => b.service));
  return services.filter((s) => !withFacts.has(s));
}

/** Incidents resolved in the window (time to restore) or started in it without a cause (unattributed). */
export async function readIncidents(db: Kysely<Database>, services: string[], w: FactsWindow) {
  const rows = await db
    .selectFrom('incidents')
    .select(['id', 'service', 'started_at', 'resolved_at', 'caused_by'])
    .where('service', 'in', services)
    .where('started_at', '<', w.to)
    .where((eb) => eb.or([eb.and([eb('resolved_at', '>=', w.from), eb('resolved_at', '<', w.to)]), eb.and([eb('caused_by', 'is', null), eb('started_at', '>=', w.from)])]))
    .execute();
  return rows.map((i) => ({
    id: i.id,
    service: i.service,
    startedAt: Number(i.started_at),
    ...(i.resolved_at === null ? {} : { resolvedAt: Number(i.resolved_at) }),
    ...(i.caused_by === null ? {} : { causedBy: i.caused_by }),
  }));
}

