/**
 * Before and after a moment for a service or team (spec/delivery.md): the ONE comparison path.
 * The delivery page's before/after, an evidence item's outcome in the living document and the
 * review packet all call this with the same moment (to the millisecond), window and environment,
 * so they always show the same numbers. With the report cache, each comparison is computed once
 * per data version.
 *
 * What it loads is what the definition needs: every event up to the after window's end plus the
 * revert window, AND incidents found later that are pinned on a deployment already loaded (an
 * incident found a month later still makes its deployment failed). The data's end (the latest
 * record) is passed to the core, which shortens windows that pass it and waits out the
 * failure-detection lag before judging change failure rate.
 */
import { compareAround, DAY, DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type ComparedMetric, type MetricComparison } from '../../core/delivery/index.js';
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

export async function compareDelivery(deps: DeliveryDeps, actor: Actor, q: CompareQuery): Promise<DeliveryComparison> {
  const windowDays = q.windowDays ?? 90;
  if (!Number.isInteger(windowDays) || windowDays < 7 || windowDays > 365) {
    throw new TrellisError('BAD_INPUT', 'The comparison window must be 7 to 365 days.', [{ field: 'windowDays', message: 'must be a whole number from 7 to 365' }]);
  }
  // The comparison depends on the records and the query only (not the clock): one per data version.
  const key = (scope: string, dataVersion: number) =>
    cacheKey<DeliveryComparison>('comparison', scope, q.t, windowDays, q.environment ?? DEFAULT_ENVIRONMENT, dataVersion);
  return scopedFigures(deps, actor, q.scope, key, async (scope) => {
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
    return {
      scope,
      t: c.t,
      windowDays: c.windowMs / DAY,
      requestedWindowDays: windowDays,
      dataEnd: c.dataEnd,
      failureLagDays: c.failureLagMs / DAY,
      seed: c.seed,
      resamples: c.resamples,
      notes: c.notes,
      metrics: c.metrics,
    };
  });
}
