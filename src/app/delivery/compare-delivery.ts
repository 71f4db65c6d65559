/**
 * Before and after a moment for a service or team (spec/delivery.md): the ONE comparison path.
 * The delivery page's before/after, an evidence item's outcome in the living document and the
 * review packet all call this with the same moment (to the millisecond), window and environment,
 * so they always show the same numbers. With the report cache, each comparison is computed once
 * per data version.
 *
 * What it reads is each side's window of the stored delivery facts (src/store/delivery-facts.ts),
 * seen as of the after side's end plus the revert window, with incidents found later still
 * counting against the deployment they name (an incident found a month later still makes its
 * deployment failed): a handful of indexed range reads per side, however long the service's
 * history. `comparisonFromEvents` keeps the reference path over every event, which the tests
 * compare it with. The data's end (the latest record) shortens windows that pass it and makes the
 * core wait out the failure-detection lag before judging change failure rate.
 */
import {
  compareAround,
  compareFromFacts,
  comparisonWindows,
  DAY,
  DEFAULT_ENVIRONMENT,
  DEFAULT_REVERT_WINDOW_MS,
  planComparison,
  type ComparedMetric,
  type Comparison,
  type MetricComparison,
} from '../../core/delivery/index.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DeliveryDeps, DeliveryReport, DeliveryScope } from './delivery-figures.js';
import { scopedFigures } from './delivery-figures.js';
import { cacheKey } from './report-cache.js';

export interface CompareQuery {
  scope: Exclude<DeliveryScope, { kind: 'org' }>;
  t: number;
  windowDays?: number | undefined;
  environment?: string | undefined;
}

export interface DeliveryComparison {
  scope: DeliveryReport['scope'];
  t: number;
  /** Days each side actually covers: fewer than asked when the data ends sooner. */
  windowDays: number;
  requestedWindowDays: number;
  /** The latest record (epoch ms), or null with no data at all. */
  dataEnd: number | null;
  /** Deployments this close to the data's end are not judged for failure yet (days). */
  failureLagDays: number;
  seed: number;
  resamples: number;
  /** Sentences about what was shortened or left out; every surface shows them. */
  notes: string[];
  metrics: Record<ComparedMetric, MetricComparison>;
}

type ResolvedScope = DeliveryReport['scope'];

function windowDaysOf(asked: number | undefined): number {
  const windowDays = asked ?? 90;
  if (!Number.isInteger(windowDays) || windowDays < 7 || windowDays > 365) {
    throw new TrellisError('BAD_INPUT', 'The comparison window must be 7 to 365 days.', [{ field: 'windowDays', message: 'must be a whole number from 7 to 365' }]);
  }
  return windowDays;
}

/** A comparison to compute: plain data, so it can be posted to a worker of the report pool. */
export interface ComparisonJob {
  scope: ResolvedScope;
  t: number;
  windowDays: number;
  environment?: string | undefined;
}

export async function compareDelivery(deps: DeliveryDeps, actor: Actor, q: CompareQuery): Promise<DeliveryComparison> {
  const windowDays = windowDaysOf(q.windowDays);
  // The comparison depends on the records and the query only (not the clock): one per data version.
  const key = (scope: string, dataVersion: number) =>
    cacheKey<DeliveryComparison>('comparison', scope, q.t, windowDays, q.environment ?? DEFAULT_ENVIRONMENT, dataVersion);
  const job = (scope: ResolvedScope): ComparisonJob => ({ scope, t: q.t, windowDays, environment: q.environment });
  // The bootstrap intervals are CPU work (4,000 resamples per metric): off the request thread when the server has workers.
  return scopedFigures(deps, actor, q.scope, key, (scope) => (deps.pool ? deps.pool.compare(job(scope), () => computeComparison(deps, job(scope))) : computeComparison(deps, job(scope))));
}

/** The comparison from each side's window of the stored facts (on the request thread or in a worker). */
export async function computeComparison(deps: Pick<DeliveryDeps, 'delivery'>, job: ComparisonJob): Promise<DeliveryComparison> {
  const { scope, t, windowDays } = job;
  const environment = job.environment ?? DEFAULT_ENVIRONMENT;
  const dataEnd = await deps.delivery.latestRecordAt();
  const plan = planComparison({ t, windowMs: windowDays * DAY, ...(dataEnd === null ? {} : { dataEnd }) });
  // What the events path loads: everything before the REQUESTED after side's end plus the revert window.
  const until = t + windowDays * DAY + DEFAULT_REVERT_WINDOW_MS;
  const windows = comparisonWindows(plan);
  const read = (w: { from: number; to: number }) => deps.delivery.windowFacts(scope.services, { environment, ...w, until, includeMerges: false });
  const [before, after, judged] = await Promise.all([read(windows.before), read(windows.after), windows.judged === null ? null : read(windows.judged)]);
  const c = compareFromFacts(plan, { before, after, judged }, { until, environment, timeZone: scope.timeZone, includeMerges: false, services: scope.services });
  return viewOf(scope, windowDays, c);
}

/**
 * The reference path: the same comparison over every event of the scope's services up to the
 * after side's end plus the revert window, and the incidents found later that name a loaded
 * deployment. Only tests and the benchmark call it (it reads the whole history).
 */
export async function comparisonFromEvents(deps: Pick<DeliveryDeps, 'delivery'>, scope: ResolvedScope, q: Omit<CompareQuery, 'scope'>): Promise<DeliveryComparison> {
  const windowDays = windowDaysOf(q.windowDays);
  const until = q.t + windowDays * DAY + DEFAULT_REVERT_WINDOW_MS;
  const [input, later, dataEnd] = await Promise.all([
    deps.delivery.eventsOf(scope.services, until),
    deps.delivery.causedIncidentsFrom(scope.services, until),
    deps.delivery.latestRecordAt(),
  ]);
  const loaded = new Set(input.deployments.map((d) => d.id));
  const incidents = [...input.incidents, ...later.filter((i) => loaded.has(i.causedBy!))];
  const c = compareAround(
    { ...input, incidents },
    { t: q.t, windowMs: windowDays * DAY, environment: q.environment, timeZone: scope.timeZone, services: scope.services, ...(dataEnd === null ? {} : { dataEnd }) },
  );
  return viewOf(scope, windowDays, c);
}

function viewOf(scope: ResolvedScope, requestedWindowDays: number, c: Comparison): DeliveryComparison {
  return {
    scope,
    t: c.t,
    windowDays: c.windowMs / DAY,
    requestedWindowDays,
    dataEnd: c.dataEnd,
    failureLagDays: c.failureLagMs / DAY,
    seed: c.seed,
    resamples: c.resamples,
    notes: c.notes,
    metrics: c.metrics,
  };
}
