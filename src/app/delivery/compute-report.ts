/**
 * Computing one delivery report for a resolved (access-checked) scope and window: on the request
 * thread, or in a worker of the report pool (report-worker.ts), which is why it takes only the
 * repository and plain data.
 */
import { deliveryMetrics, deliveryTiers, weeklyTrend, DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type ReportYear } from '../../core/delivery/index.js';
import { metricsFromFacts } from '../../core/delivery/facts-metrics.js';
import { summaryMetrics } from '../../core/delivery/facts-summary.js';
import { compareIds } from '../../core/delivery/indexed.js';
import type { DeliveryRepository } from '../../store/delivery-repository.js';
import type { DeliveryReport } from './delivery-figures.js';

/** A report to compute: plain data, so it can be posted to a worker thread. */
export interface ReportJob {
  scope: DeliveryReport['scope'];
  from: number;
  to: number;
  environment?: string | undefined;
  report?: ReportYear | undefined;
  includeMerges?: boolean | undefined;
  /**
   * `figures` (default): the figures and the trend, every drill-down list empty — what report
   * pages, the CLI and overviews show, read as numbers (facts-summary.ts). `events`: the same
   * figures with the events behind each of them, for the drill-down.
   */
  detail?: ReportDetail | undefined;
}

export type ReportDetail = 'figures' | 'events';

/**
 * The report from the stored delivery facts: only the window is read (see
 * src/store/delivery-facts.ts), and the figures equal those over every event
 * (`reportFromEvents`, kept as the reference the tests and the benchmark compare with).
 */
export async function computeReport(deps: { delivery: DeliveryRepository }, q: ReportJob): Promise<DeliveryReport> {
  const { from, to, scope } = q;
  const environment = q.environment ?? DEFAULT_ENVIRONMENT;
  const until = to + DEFAULT_REVERT_WINDOW_MS;
  const includeMerges = q.includeMerges ?? false;
  if ((q.detail ?? 'figures') === 'figures') {
    const summary = await deps.delivery.windowSummary(scope.services, { environment, from, to, until, includeMerges });
    const { metrics, trend } = summaryMetrics(summary, { from, to, until, environment, timeZone: scope.timeZone, includeMerges, services: [...new Set(scope.services)].sort(compareIds) });
    return { scope, metrics, tier: deliveryTiers(metrics, q.report), trend };
  }
  const facts = await deps.delivery.windowFacts(scope.services, { environment, from, to, until, includeMerges });
  const metrics = metricsFromFacts(facts, { from, to, until, environment, timeZone: scope.timeZone, includeMerges, services: scope.services });
  const deployed = { changes: [], incidents: [], deployments: facts.deployments.map((d) => ({ id: d.id, service: d.service, environment, status: 'success' as const, finishedAt: d.finishedAt })) };
  return { scope, metrics, tier: deliveryTiers(metrics, q.report), trend: weeklyTrend(deployed, metrics) };
}

/** The report over every event up to the window's end (the reference path: all history in memory). */
export async function reportFromEvents(deps: { delivery: DeliveryRepository }, scope: DeliveryReport['scope'], q: Omit<ReportJob, 'scope'>): Promise<DeliveryReport> {
  const { from, to } = q;
  // Reverts up to 14 days after the window can still mark a deployment in it as failed.
  const input = await deps.delivery.eventsOf(scope.services, to + DEFAULT_REVERT_WINDOW_MS);
  const metrics = deliveryMetrics(input, {
    from,
    to,
    environment: q.environment,
    timeZone: scope.timeZone,
    includeMerges: q.includeMerges ?? false,
    services: scope.services,
  });
  return { scope, metrics, tier: deliveryTiers(metrics, q.report), trend: weeklyTrend(input, metrics) };
}

