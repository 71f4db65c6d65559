/**
 * Change failure rate and rework rate (spec/delivery.md, metrics 3 and 5). Both count
 * DEPLOYMENTS over deployments, so neither can exceed 1 (Four Keys divides change rows by
 * deployments and can report over 100%). With no deployments the rate is null, not 0.
 */
import type { ShippedDeployment } from './attribution.js';
import type { DeploymentOutcome, FailureCause, ReworkReason } from './outcomes.js';
import { ratio } from './stats.js';

export interface ChangeFailureRate {
  rate: number | null;
  failed: number;
  deployments: number;
  events: { deployments: string[]; failed: { deployment: string; causes: FailureCause[] }[] };
}

export interface ReworkRate {
  rate: number | null;
  rework: number;
  deployments: number;
  events: { deployments: string[]; rework: { deployment: string; reasons: ReworkReason[] }[] };
}

export function changeFailureRate(shipped: readonly ShippedDeployment[], outcomes: ReadonlyMap<string, DeploymentOutcome>): ChangeFailureRate {
  const failed = shipped
    .map((d) => ({ deployment: d.event.id, causes: outcomes.get(d.event.id)?.failure ?? [] }))
    .filter((f) => f.causes.length > 0);
  return {
    rate: ratio(failed.length, shipped.length),
    failed: failed.length,
    deployments: shipped.length,
    events: { deployments: shipped.map((d) => d.event.id), failed },
  };
}

export function reworkRate(shipped: readonly ShippedDeployment[], outcomes: ReadonlyMap<string, DeploymentOutcome>): ReworkRate {
  const rework = shipped
    .map((d) => ({ deployment: d.event.id, reasons: outcomes.get(d.event.id)?.rework ?? [] }))
    .filter((r) => r.reasons.length > 0);
  return {
    rate: ratio(rework.length, shipped.length),
    rework: rework.length,
    deployments: shipped.length,
    events: { deployments: shipped.map((d) => d.event.id), rework },
  };
}
