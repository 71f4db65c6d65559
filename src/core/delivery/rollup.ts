/**
 * Team and organisation figures from several services' events. The events are POOLED, then the
 * same definitions run once: the team's median lead time is the median of all its lead times,
 * and its CFR is all failed ÷ all deployments. Medians of per-service (or daily) medians, as
 * GitLab reports, weigh a service with 3 deployments like one with 300 and are not medians at all.
 */
import { deliveryMetrics, type DeliveryMetrics, type MetricsOptions } from './metrics.js';
import type { Ancestry, DeliveryInput } from './types.js';

/** One input holding every part's events; ancestry asks each part's graph (commit ids are unique). */
export function mergeInputs(parts: readonly DeliveryInput[]): DeliveryInput {
  const graphs = parts.map((p) => p.ancestry).filter((a): a is Ancestry => a !== undefined);
  const merged: DeliveryInput = {
    changes: parts.flatMap((p) => p.changes),
    deployments: parts.flatMap((p) => p.deployments),
    incidents: parts.flatMap((p) => p.incidents),
  };
  if (graphs.length > 0) merged.ancestry = { isAncestor: (a, b) => graphs.some((g) => g.isAncestor(a, b)) };
  return merged;
}

/**
 * Figures for a team or the organisation: the services named (all in the inputs when omitted),
 * pooled. Deploy-days count a day once however many of the team's services deployed on it.
 */
export function rollupMetrics(parts: readonly DeliveryInput[], options: MetricsOptions): DeliveryMetrics {
  return deliveryMetrics(mergeInputs(parts), options);
}
