/**
 * Every service's delivery figures over one window, at once: the same window read as a team or
 * the organisation report (stored delivery facts, src/store/delivery-summary.ts), with the
 * service kept in each row, so 500 services cost one set of indexed range reads instead of 500
 * reports. Each service's figures equal its own report's (its own incidents in scope, its team's
 * time zone); with `detail: 'events'` each also lists the events behind its figures (read per
 * service from the same facts). Per-service figures, never per person.
 */
import { DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type DeliveryMetrics } from '../../core/delivery/index.js';
import { metricsFromFacts } from '../../core/delivery/facts-metrics.js';
import { summaryMetrics } from '../../core/delivery/facts-summary.js';
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import { assertAllowed } from '../authorize.js';
import type { ReportDetail } from './compute-report.js';

export interface AllServicesQuery {
  from: number;
  to: number;
  environment?: string | undefined;
  includeMerges?: boolean | undefined;
  /** Only these services (default: every service). */
  services?: readonly string[] | undefined;
  /** `figures` (default): drill-down lists empty; `events`: with the events behind each figure. */
  detail?: ReportDetail | undefined;
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
  const includeMerges = q.includeMerges ?? false;
  // Reverts up to 14 days after the window can still mark a deployment in it as failed.
  const until = to + DEFAULT_REVERT_WINDOW_MS;
  const window = { environment, from, to, until, includeMerges };
  const services = q.services ?? (await deps.delivery.servicesOf()).map((s) => s.id);
  const zones = await deps.delivery.serviceTimeZones();
  const options = (service: string) => ({ from, to, until, environment, timeZone: zones.get(service) ?? 'UTC', includeMerges, services: [service] });
  if (q.detail === 'events') {
    const out: ServiceFigures[] = [];
    for (const service of services) out.push({ service, metrics: metricsFromFacts(await deps.delivery.windowFacts([service], window), options(service)) });
    return out;
  }
  const summaries = await deps.delivery.serviceSummaries(services, window);
  return services.map((service) => ({ service, metrics: summaryMetrics(summaries.get(service)!, options(service)).metrics }));
}
