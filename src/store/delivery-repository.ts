/**
 * Loading the delivery events of services — changes, deployments (with the changes they list)
 * and incidents — as plain data for the pure metrics in src/core/delivery.
 *
 * Events are loaded up to `until` (the end of the window plus the revert window) and from the
 * beginning: attribution needs every earlier deployment to know what was already shipped.
 */
import type { Kysely } from 'kysely';
import { bulkEventsOf, type BulkReadOptions } from './delivery-bulk-read.js';
import { readDataVersion } from './data-version.js';
import { readWindowFacts, type FactsWindow } from './delivery-facts.js';
import type { WindowFacts } from '../core/delivery/facts-metrics.js';
import type { WindowSummary } from '../core/delivery/facts-summary.js';
import { readServiceSummaries, readWindowSummary } from './delivery-summary.js';
import type { Database } from './schema.js';

export interface StoredChange {
  id: string;
  service: string;
  committedAt: number;
  isMerge: boolean;
  revertOf?: string;
  deployment?: string;
}

export interface StoredDeployment {
  id: string;
  service: string;
  environment: string;
  status: 'success' | 'failure';
  finishedAt: number;
  commit?: string;
  changes?: string[];
  rollbackOf?: string;
  remediates?: string;
}

export interface StoredIncident {
  id: string;
  service: string;
  startedAt: number;
  resolvedAt?: number;
  causedBy?: string;
}

export interface DeliveryEvents {
  changes: StoredChange[];
  deployments: StoredDeployment[];
  incidents: StoredIncident[];
}

const opt = <T>(v: T | null): T | undefined => (v === null ? undefined : v);

export class DeliveryRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async eventsOf(services: readonly string[], until: number): Promise<DeliveryEvents> {
    if (services.length === 0) return { changes: [], deployments: [], incidents: [] };
    const [changeRows, deploymentRows, incidentRows] = await Promise.all([
      this.db.selectFrom('changes').selectAll().where('service', 'in', services).where('committed_at', '<', until).execute(),
      this.db.selectFrom('deployments').selectAll().where('service', 'in', services).where('finished_at', '<', until).execute(),
      this.db.selectFrom('incidents').selectAll().where('service', 'in', services).where('started_at', '<', until).execute(),
    ]);
    const links = await this.linksOf(deploymentRows.map((d) => d.id));
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
          ...(opt(d.commit_sha) === undefined ? {} : { commit: d.commit_sha! }),
          ...(changes ? { changes } : {}),
          ...(opt(d.rollback_of) === undefined ? {} : { rollbackOf: d.rollback_of! }),
          ...(opt(d.remediates) === undefined ? {} : { remediates: d.remediates! }),
        };
      }),
      incidents: incidentRows.map((i) => ({
        id: i.id,
        service: i.service,
        startedAt: Number(i.started_at),
        ...(i.resolved_at === null ? {} : { resolvedAt: Number(i.resolved_at) }),
        ...(i.caused_by === null ? {} : { causedBy: i.caused_by }),
      })),
    };
  }

  /**
   * The events of many services in one environment, bounded to [since, until) with the
   * exceptions listed in delivery-bulk-read.ts: a few large queries instead of a query set per
   * service. For "every service's figures"; one service or team still uses `eventsOf`.
   */
  async eventsOfEach(services: readonly string[], options: BulkReadOptions): Promise<Map<string, DeliveryEvents>> {
    return bulkEventsOf(this.db, services, options);
  }

  /**
   * What a report over one window reads: the stored delivery facts of the window (see
   * delivery-facts.ts), a few indexed range reads instead of every event of every service.
   */
  async windowFacts(services: readonly string[], window: FactsWindow): Promise<WindowFacts> {
    return readWindowFacts(this.db, services, window);
  }

  /** What a figures-only report over one window reads: numbers, not events (see delivery-summary.ts). */
  async windowSummary(services: readonly string[], window: FactsWindow): Promise<WindowSummary> {
    return readWindowSummary(this.db, services, window);
  }

  /** Each service's own figures-only read over one window (every service's figures at once). */
  async serviceSummaries(services: readonly string[], window: FactsWindow): Promise<Map<string, WindowSummary>> {
    return readServiceSummaries(this.db, services, window);
  }

  /** Each service's team time zone (UTC when the team has none), for per-service deploy-days. */
  async serviceTimeZones(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('services').leftJoin('teams', 'teams.id', 'services.team').select(['services.id as id', 'teams.timezone as timezone']).execute();
    return new Map(rows.map((r) => [r.id, r.timezone ?? 'UTC']));
  }

  /**
   * Incidents of these services that started at or after `from` and name a deployment as their
   * cause: a failure found weeks after a deployment still counts against it (outcomes are facts
   * about a deployment, whenever they come to light). The caller keeps those whose cause it loaded.
   */
  async causedIncidentsFrom(services: readonly string[], from: number): Promise<StoredIncident[]> {
    if (services.length === 0) return [];
    const rows = await this.db
      .selectFrom('incidents')
      .selectAll()
      .where('service', 'in', services)
      .where('started_at', '>=', from)
      .where('caused_by', 'is not', null)
      .execute();
    return rows.map((i) => ({
      id: i.id,
      service: i.service,
      startedAt: Number(i.started_at),
      ...(i.resolved_at === null ? {} : { resolvedAt: Number(i.resolved_at) }),
      causedBy: i.caused_by!,
    }));
  }

  /**
   * Where the data ends: the latest deployment or incident of any service (of all services, so a
   * quiet service is not mistaken for missing data), or null with none. A before/after window past
   * it would count empty days that have not happened yet. Changes are left out on purpose: they
   * are by far the largest table, and the figures are about deployments and incidents.
   */
  async latestRecordAt(): Promise<number | null> {
    const [d, i] = await Promise.all([
      this.db.selectFrom('deployments').select((eb) => eb.fn.max('finished_at').as('at')).executeTakeFirst(),
      this.db.selectFrom('incidents').select((eb) => eb.fn.max('started_at').as('at')).executeTakeFirst(),
    ]);
    const all = [d?.at, i?.at].filter((v) => v !== null && v !== undefined).map(Number);
    return all.length === 0 ? null : Math.max(...all);
  }

  /**
   * The data version: a counter every committed import bumps (see import-records.ts). Equal
   * versions mean no records changed in between, so cached figures are still right.
   */
  async dataVersion(): Promise<number> {
    return readDataVersion(this.db);
  }

  /** The services of a team, or of every team (for the org roll-up). */
  async servicesOf(team?: string): Promise<{ id: string; name: string; team: string }[]> {
    let q = this.db.selectFrom('services').select(['id', 'name', 'team']).orderBy('id');
    if (team !== undefined) q = q.where('team', '=', team);
    return q.execute();
  }

  private async linksOf(deploymentIds: string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (let i = 0; i < deploymentIds.length; i += 1000) {
      const chunk = deploymentIds.slice(i, i + 1000);
      const rows = await this.db.selectFrom('deployment_changes').select(['deployment', 'change']).where('deployment', 'in', chunk).execute();
      for (const r of rows) {
        const list = out.get(r.deployment) ?? [];
        list.push(r.change);
        out.set(r.deployment, list);
      }
    }
    for (const list of out.values()) list.sort();
    return out;
  }
}
