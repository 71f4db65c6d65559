/**
 * The team's delivery figures written for a packet: what a reviewer needs to read the evidence in
 * context (how often the team ships, how long changes wait, how often a deployment fails), each
 * with its n. They describe the team's system over the period — they are never a score of the
 * person whose packet it is, and nothing here takes a person as input.
 */
import type { DeliveryMetrics } from '../delivery/index.js';
import type { ContextFigure } from './model.js';

const pct = (v: number | null): string => (v === null ? 'no data' : `${(v * 100).toFixed(1)}%`);
const hours = (v: number | null): string => (v === null ? 'no data' : v >= 48 ? `${(v / 24).toFixed(1)} days` : `${v.toFixed(1)} h`);

export function deliveryContext(m: DeliveryMetrics): ContextFigure[] {
  return [
    { label: 'Deployments per week', value: m.deploymentFrequency.perWeek === null ? 'no data' : m.deploymentFrequency.perWeek.toFixed(1), n: m.deploymentFrequency.deployments },
    { label: 'Median change lead time', value: hours(m.leadTime.medianHours), n: m.leadTime.n },
    { label: 'Change failure rate', value: pct(m.changeFailureRate.rate), n: m.changeFailureRate.deployments },
    { label: 'Median recovery from a failed deployment', value: hours(m.recoveryTime.medianHours), n: m.recoveryTime.n },
    { label: 'Rework rate', value: pct(m.reworkRate.rate), n: m.reworkRate.deployments },
    { label: 'Median time to restore service', value: hours(m.timeToRestore.medianHours), n: m.timeToRestore.n },
  ];
}
