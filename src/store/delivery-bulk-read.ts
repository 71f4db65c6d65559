/**
 * Loading the delivery events of MANY services at once, bounded in time, for "every service's
 * figures" (src/app/delivery/all-service-figures.ts). The per-service read (`eventsOf`) loads a
 * service's whole history with one query set per service; at 500 services that is most of the
 * time. Here a handful of large queries, ordered by service, load the events of every service,
 * and they are split by service in memory.
 *
 * What is loaded, for one environment (the others never enter that environment's figures):
 * - deployments finished in [since, until), plus each service's FIRST successful deployment
 *   (so a deployment in the slice is only "the baseline" when it really is the first one), and
 *   the changes each of them lists;
 * - changes committed in [since, until), plus every change a loaded deployment lists or that
 *   names a loaded deployment in its own `deployment` field, however old (its lead time needs its
 *   commit time);
 * - ALL incidents started before `until` (they are few; recovery, time to restore and failure
 *   by `causedBy` then never depend on the bound).
 *
 * `since` is the caller's `from − lookback`. The figures equal the full-history figures when
 * nothing older than `since` changes what happens in the window: a change a window deployment
 * lists was not already shipped before `since`; no window deployment redeploys a commit last
 * deployed before `since` (a rollback by commit); no revert shipped in the window reverts a
 * change shipped before `since`; and `undeployedChanges` only sees changes committed after
 * `since`. The caller picks a lookback long enough for its data (see all-service-figures.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { DeliveryEvents, StoredChange, StoredDeployment, StoredIncident } from './delivery-repository.js';
import type { ChangesTable, Database, DeploymentsTable, IncidentsTable } from './schema.js';

export interface BulkReadOptions {
  environment: string;
  /** Epoch ms: deployments and changes before this are left out (see above for the exceptions). */
  since: number;
  /** Epoch ms, exclusive: as `eventsOf`'s `until`. */
  until: number;
}

const SERVICE_CHUNK = 500;
const ID_CHUNK = 1000;
const changeColumns = ['id', 'service', 'committed_at', 'is_merge', 'revert_of', 'deployment'] as const;
const deploymentColumns = ['id', 'service', 'environment', 'status', 'finished_at', 'commit_sha', 'rollback_of', 'remediates'] as const;
const incidentColumns = ['id', 'service', 'started_at', 'resolved_at', 'caused_by'] as const;
type ChangeRow = Pick<ChangesTable, (typeof changeColumns)[number]>;
type DeploymentRow = Pick<DeploymentsTable, (typeof deploymentColumns)[number]>;
type IncidentRow = Pick<IncidentsTable, (typeof incidentColumns)[number]>;

/** Events per service (every requested service has an entry, possibly empty). */
export async function bulkEventsOf(db: Kysely<Database>, services: readonly string[], o: BulkReadOptions): Promise<Map<string, DeliveryEvents>> {
  const out = new Map<string, DeliveryEvents>();
  for (const s of services) out.set(s, { changes: [], deployments: [], incidents: [] });
  for (let i = 0; i < services.length; i += SERVICE_CHUNK) await loadChunk(db, services.slice(i, i + SERVICE_CHUNK), o, out);
  return out;
}

async function loadChunk(db: Kysely<Database>, services: readonly string[], o: BulkReadOptions, out: Map<string, DeliveryEvents>): Promise<void> {
  const { environment, since, until } = o;
  // The slice's deployments, and the first successful deployment of each service before it.
  const slice = db
    .selectFrom('deployments')
    .select('id')
    .where('service', 'in', services)
    .where('environment', '=', environment)
    .where('finished_at', '>=', since)
    .where('finished_at', '<', until);
  const firsts = db
    .selectFrom('deployments')
    .select(['service', sql<number>`min(finished_at)`.as('first')])
    .where('service', 'in', services)
    .where('environment', '=', environment)
    .where('status', '=', 'success')
    .where('finished_at', '<', since)
    .groupBy('service');
  const [sliceRows, firstRows] = await Promise.all([
    db
      .selectFrom('deployments')
      .select(deploymentColumns)
      .where('service', 'in', services)
      .where('environment', '=', environment)
      .where('finished_at', '>=', since)
      .where('finished_at', '<', until)
      .execute(),
    db
      .selectFrom('deployments as d')
      .innerJoin(firsts.as('f'), (j) => j.onRef('f.service', '=', 'd.service').onRef('f.first', '=', 'd.finished_at'))
      .selectAll('d')
      .where('d.environment', '=', environment)
      .where('d.status', '=', 'success')
      .execute(),
  ]);
  const deploymentRows = [...firstRows, ...sliceRows];
  const firstIds = firstRows.map((d) => d.id);

  const [sliceLinks, firstLinks] = await Promise.all([
    db.selectFrom('deployment_changes').select(['deployment', 'change']).where('deployment', 'in', slice).execute(),
    firstIds.length === 0 ? [] : db.selectFrom('deployment_changes').select(['deployment', 'change']).where('deployment', 'in', firstIds).execute(),
  ]);
  const links = new Map<string, string[]>();
  for (const r of [...firstLinks, ...sliceLinks]) {
    const list = links.get(r.deployment);
    if (list === undefined) links.set(r.deployment, [r.change]);
    else list.push(r.change);
  }
  for (const list of links.values()) list.sort();

  // Changes: the slice's (only the columns the core reads: rows are many), then the older ones
  // a loaded deployment lists, fetched by id, and those that name a loaded deployment.
  const [recentChanges, incidentRows] = await Promise.all([
    db.selectFrom('changes').select(changeColumns).where('service', 'in', services).where('committed_at', '>=', since).where('committed_at', '<', until).execute(),
    db.selectFrom('incidents').select(incidentColumns).where('service', 'in', services).where('started_at', '<', until).execute(),
  ]);
  const have = new Set(recentChanges.map((c) => c.id));
  const missing = [...new Set([...links.values()].flat())].filter((id) => !have.has(id));
  const olderChanges: ChangeRow[] = [];
  // By primary key only: with the service list in the same query, SQLite walks the service index.
  const mine = new Set(services);
  for (let i = 0; i < missing.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('changes').select(changeColumns).where('id', 'in', missing.slice(i, i + ID_CHUNK)).execute();
    for (const c of rows) {
      if (!mine.has(c.service) || Number(c.committed_at) >= until) continue;
      have.add(c.id);
      olderChanges.push(c);
    }
  }
  const loaded = deploymentRows.map((d) => d.id);
  for (let i = 0; i < loaded.length; i += ID_CHUNK) {
    // Through the partial index on changes.deployment (migration 010).
    const rows = await db.selectFrom('changes').select(changeColumns).where('deployment', 'in', loaded.slice(i, i + ID_CHUNK)).where('committed_at', '<', since).execute();
    for (const c of rows) {
      if (have.has(c.id) || !mine.has(c.service)) continue;
      have.add(c.id);
      olderChanges.push(c);
    }
  }

  for (const c of [...olderChanges, ...recentChanges]) out.get(c.service)?.changes.push(toChange(c));
  for (const d of deploymentRows) out.get(d.service)?.deployments.push(toDeployment(d, links.get(d.id)));
  for (const i of incidentRows) out.get(i.service)?.incidents.push(toIncident(i));
}

function toChange(c: ChangeRow): StoredChange {
  return {
    id: c.id,
    service: c.service,
    committedAt: Number(c.committed_at),
    isMerge: Number(c.is_merge) === 1,
    ...(c.revert_of === null ? {} : { revertOf: c.revert_of }),
    ...(c.deployment === null ? {} : { deployment: c.deployment }),
  };
}

function toDeployment(d: DeploymentRow, changes: string[] | undefined): StoredDeployment {
  return {
    id: d.id,
    service: d.service,
    environment: d.environment,
    status: d.status === 'failure' ? 'failure' : 'success',
    finishedAt: Number(d.finished_at),
    ...(d.commit_sha === null ? {} : { commit: d.commit_sha }),
    ...(changes ? { changes } : {}),
    ...(d.rollback_of === null ? {} : { rollbackOf: d.rollback_of }),
    ...(d.remediates === null ? {} : { remediates: d.remediates }),
  };
}

function toIncident(i: IncidentRow): StoredIncident {
  return {
    id: i.id,
    service: i.service,
    startedAt: Number(i.started_at),
    ...(i.resolved_at === null ? {} : { resolvedAt: Number(i.resolved_at) }),
    ...(i.caused_by === null ? {} : { causedBy: i.caused_by }),
  };
}
