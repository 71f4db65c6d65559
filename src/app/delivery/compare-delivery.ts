/**
 * Before and after a moment for a service or team (spec/delivery.md): the building block of an
 * evidence item's outcome link — "what changed in the system after this shipped" — with n on each
 * side and a seeded bootstrap interval, so the same data always gives the same verdict. With the
 * report cache, each comparison is computed once per data version.
 */
import { compareAround, DAY, DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type MetricComparison, type ComparedMetric } from '../../core/delivery/index.js';
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
  windowDays: number;
  seed: number;
  resamples: number;
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
    const input = await deps.delivery.eventsOf(scope.services, q.t + windowDays * DAY + DEFAULT_REVERT_WINDOW_MS);
    const c = compareAround(input, { t: q.t, windowMs: windowDays * DAY, environment: q.environment, timeZone: scope.timeZone, services: scope.services });
    return { scope, t: c.t, windowDays, seed: c.seed, resamples: c.resamples, metrics: c.metrics };
  });
}
