/**
 * Delivery figures of a service, a team or the whole organisation over a window: load the
 * events, call the pure metrics, add tiers (with their report year) and the weekly trend.
 * There is deliberately no person scope: delivery is team and service context, never a score.
 */
import { DAY, DEFAULT_ENVIRONMENT, DEFAULT_REPORT_YEAR } from '../../core/delivery/index.js';
import type { DeliveryMetrics, DeliveryTiers, ReportYear, WeekPoint } from '../../core/delivery/index.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import type { OrgRepository } from '../../store/org-repository.js';
import { assertAllowed } from '../authorize.js';
import type { Runtime } from '../runtime.js';
import { computeReport, type ReportDetail, type ReportJob } from './compute-report.js';
import type { ReportPool } from './report-pool.js';
import { reportKey, type CacheKey, type ReportCache } from './report-cache.js';

export { reportFromEvents } from './compute-report.js';

export type DeliveryScope = { kind: 'service'; id: string } | { kind: 'team'; id: string } | { kind: 'org' };

export interface DeliveryQuery {
  scope: DeliveryScope;
  environment?: string | undefined;
  /** Epoch ms; default: 90 days before `to`. */
  from?: number | undefined;
  /** Epoch ms; default: now, rounded down to the minute. */
  to?: number | undefined;
  report?: ReportYear | undefined;
  includeMerges?: boolean | undefined;
  /** `figures` (default): every drill-down list empty; `events`: with the events behind each figure. */
  detail?: ReportDetail | undefined;
}

export interface DeliveryDeps {
  delivery: DeliveryRepository;
  org: Pick<OrgRepository, 'getService' | 'getTeam'>;
  runtime: Pick<Runtime, 'now'>;
  /** Figures already computed (the HTTP server keeps one cache per process); absent: always compute. */
  cache?: ReportCache | undefined;
  /** Worker threads that compute reports off the request thread (the HTTP server's); absent: compute here. */
  pool?: ReportPool | undefined;
}

export interface DeliveryReport {
  scope: { kind: DeliveryScope['kind']; id: string | null; name: string; team: string | null; timeZone: string; services: string[] };
  metrics: DeliveryMetrics;
  tier: DeliveryTiers;
  trend: WeekPoint[];
}

export const DEFAULT_WINDOW_DAYS = 90;

const MINUTE = 60_000;

/**
 * "Now" rounded down to the minute, as the end of a window that runs up to now: otherwise every
 * request would have its own window end (to the millisecond) and no two requests could ever share
 * cached figures. A minute of lag in a 90-day window is invisible; fresh imports still show at
 * once (the data version changes).
 */
export const currentMinute = (runtime: Pick<Runtime, 'now'>): number => Math.floor(runtime.now() / MINUTE) * MINUTE;

export async function deliveryFigures(deps: DeliveryDeps, actor: Actor, q: DeliveryQuery): Promise<DeliveryReport> {
  const to = q.to ?? currentMinute(deps.runtime);
  const from = q.from ?? to - DEFAULT_WINDOW_DAYS * DAY;
  if (!(from < to)) throw new TrellisError('BAD_INPUT', 'The window is empty: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  const key = (scope: string, dataVersion: number) =>
    reportKey({
      scope,
      environment: q.environment ?? DEFAULT_ENVIRONMENT,
      from,
      to,
      report: q.report ?? DEFAULT_REPORT_YEAR,
      includeMerges: q.includeMerges ?? false,
      detail: q.detail ?? 'figures',
      dataVersion,
    });
  const job = (scope: DeliveryReport['scope']): ReportJob => ({ scope, from, to, environment: q.environment, report: q.report, includeMerges: q.includeMerges, detail: q.detail });
  return scopedFigures(deps, actor, q.scope, key, (scope) => (deps.pool ? deps.pool.run(job(scope), () => computeReport(deps, job(scope))) : computeReport(deps, job(scope))));
}

/**
 * Figures of a scope, through the report cache when there is one. The scope is checked against
 * the actor on every call, cached or not (the cache is shared by all users); the figures are
 * then found, or computed and kept, under `key(scope, dataVersion)`.
 */
export async function scopedFigures<T>(
  deps: DeliveryDeps,
  actor: Actor,
  q: DeliveryScope,
  key: (scope: string, dataVersion: number) => CacheKey<T>,
  compute: (scope: DeliveryReport['scope']) => Promise<T>,
): Promise<T> {
  if (deps.cache === undefined) return compute(await resolveScope(deps, actor, q));
  const dataVersion = await deps.delivery.dataVersion();
  const scope = await resolveScope(deps, actor, q, { cache: deps.cache, dataVersion });
  return deps.cache.getOrCompute(key(`${scope.kind}:${scope.id ?? ''}`, dataVersion), () => compute(scope));
}

interface ScopeFacts {
  service?: { id: string; name: string; team: string } | undefined;
  team?: { id: string; name: string; timezone: string | null } | undefined;
  services: string[];
}

/** The rows a scope is made of, without any access decision (those are made per request). */
async function loadScopeFacts(deps: DeliveryDeps, scope: DeliveryScope): Promise<ScopeFacts> {
  if (scope.kind === 'service') {
    const service = await deps.org.getService(scope.id);
    const team = service ? await deps.org.getTeam(service.team) : undefined;
    return { service: service ?? undefined, team: team ?? undefined, services: service ? [service.id] : [] };
  }
  if (scope.kind === 'team') {
    const team = await deps.org.getTeam(scope.id);
    const services = team ? (await deps.delivery.servicesOf(team.id)).map((s) => s.id) : [];
    return { team: team ?? undefined, services };
  }
  return { services: (await deps.delivery.servicesOf()).map((s) => s.id) };
}

/**
 * The scope, checked against the actor. With `cached`, its rows come from the per-version scope
 * cache (an import changes the version, so they are never stale).
 */
export async function resolveScope(
  deps: DeliveryDeps,
  actor: Actor,
  scope: DeliveryScope,
  cached?: { cache: ReportCache; dataVersion: number },
): Promise<DeliveryReport['scope']> {
  const load = () => loadScopeFacts(deps, scope);
  const key = `${cached?.dataVersion}|${scope.kind}:${scope.kind === 'org' ? '' : scope.id}`;
  // Checked before loading for a team and the org (their access does not depend on the rows).
  if (scope.kind === 'team') assertAllowed(actor, 'read', { type: 'team-delivery', team: scope.id });
  if (scope.kind === 'org') assertAllowed(actor, 'read', { type: 'team-delivery' });
  const facts = cached ? await cached.cache.scopes.getOrCompute(key, load) : await load();
  if (scope.kind === 'service') {
    const { service, team } = facts;
    assertAllowed(actor, 'read', { type: 'team-delivery', ...(service ? { team: service.team } : {}) });
    if (!service) throw new TrellisError('NOT_FOUND', `No service "${scope.id}".`);
    return { kind: 'service', id: service.id, name: service.name, team: service.team, timeZone: team?.timezone ?? 'UTC', services: [service.id] };
  }
  if (scope.kind === 'team') {
    const { team } = facts;
    if (!team) throw new TrellisError('NOT_FOUND', `No team "${scope.id}".`);
    return { kind: 'team', id: team.id, name: team.name, team: team.id, timeZone: team.timezone ?? 'UTC', services: facts.services };
  }
  return { kind: 'org', id: null, name: 'Organisation', team: null, timeZone: 'UTC', services: facts.services };
}
