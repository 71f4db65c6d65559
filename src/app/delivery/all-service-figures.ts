/**
 * Every service's delivery figures over one window, at once: the events of all services are
 * loaded with a few large queries bounded to the window (DeliveryRepository.eventsOfEach), then
 * the same pure core as a single service's report runs per service. Asking `deliveryFigures`
 * 500 times loads each service's whole history with its own query set; this is the path for
 * "all services" (the benchmark, org-wide overviews).
 *
 * The bound: deployments and changes from `from − lookback` to `to + revert window`, plus what
 * older history the window provably needs (each service's first deployment, the changes window
 * deployments list, all incidents) — see src/store/delivery-bulk-read.ts. The core needs older
 * history only for rare events (a change listed again after it shipped, a redeploy of a commit
 * deployed long ago, a revert of a change shipped long ago, a change never deployed), which the
 * lookback must cover; 90 days by default. Per-service figures, never per person.
 */
import { serviceMetrics, DAY, DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type DeliveryMetrics } from '../../core/delivery/index.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import { assertAllowed } from '../authorize.js';

/**
 * As long as the default window. In the large demo, reverts come at most ~47 days after the
 * change they revert and redeployed commits at most ~35 days apart; real data with longer-lived
 * reverts or redeploys needs a longer lookback.
 */
export const DEFAULT_LOOKBACK_DAYS = 90;

export interface AllServicesQuery {
  from: number;
  to: number;
  environment?: string | undefined;
  includeMerges?: boolean | undefined;
  /** History before `from` that is loaded; default DEFAULT_LOOKBACK_DAYS. */
  lookbackDays?: number | undefined;
  /** Only these services (default: every service). */
  services?: readonly string[] | undefined;
}

export interface ServiceFigures {
  service: string;
  metrics: DeliveryMetrics;
}

export async function allServiceFigures(deps: { delivery: DeliveryRepository }, actor: Actor, q: AllServicesQuery): Promise<ServiceFigures[]> {
  assertAllowed(actor, 'read', { type: 'team-delivery' });
  const { from, to } = q;
  if (!(from < to)) throw new TrellisError('BAD_INPUT', 'The window is empty: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  const environment = q.environment ?? DEFAULT_ENVIRONMENT;
  const services = q.services ?? (await deps.delivery.servicesOf()).map((s) => s.id);
  const [zones, events] = await Promise.all([
    deps.delivery.serviceTimeZones(),
    deps.delivery.eventsOfEach(services, {
      environment,
      since: from - (q.lookbackDays ?? DEFAULT_LOOKBACK_DAYS) * DAY,
      // Reverts up to 14 days after the window can still mark a deployment in it as failed.
      until: to + DEFAULT_REVERT_WINDOW_MS,
    }),
  ]);
  return services.map((service) => ({
    service,
    metrics: serviceMetrics(events.get(service)!, service, {
      from,
      to,
      environment,
      timeZone: zones.get(service) ?? 'UTC',
      includeMerges: q.includeMerges ?? false,
    }),
  }));
}
