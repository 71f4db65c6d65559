/**
 * The delivery figures of one or more services in one environment over a window [from, to).
 *
 * Attribution and outcomes are computed over ALL the data, then the window selects deployments
 * by `finishedAt`: what a deployment shipped, and whether it later failed, does not depend on
 * which window looks at it. Several services are pooled event by event (see rollup.ts), so the
 * same function serves a service, a team and the organisation — never a person.
 */
import { attributeEnvironment, type ShippedDeployment } from './attribution.js';
import { changeFailureRate, reworkRate, type ChangeFailureRate, type ReworkRate } from './failure-rate.js';
import { deploymentFrequency, type DeploymentFrequency } from './frequency.js';
import { byFinish, compareIds, indexInput, type IndexedInput } from './indexed.js';
import { leadTime, type LeadTime } from './lead-time.js';
import { deploymentOutcomes, type DeploymentOutcome } from './outcomes.js';
import { recoveryTime, timeToRestore, type RecoveryTime, type TimeToRestore } from './recovery.js';
import { hours } from './stats.js';
import { DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS, type DeliveryInput, type DeploymentEvent } from './types.js';
import { undeployedChanges } from './undeployed.js';

export interface MetricsOptions {
  from: number;
  to: number;
  /** Default `production`. */
  environment?: string;
  /** IANA zone for deploy-days and ISO weeks (the team's); default UTC. */
  timeZone?: string;
  /** Count merge commits in lead time (and undeployed changes). Default false. */
  includeMerges?: boolean;
  /** Default 14 days. */
  revertWindowMs?: number;
  /** Only these services; default every service present in the input. */
  services?: readonly string[];
}

export interface DeliveryMetrics {
  services: string[];
  environment: string;
  from: number;
  to: number;
  timeZone: string;
  deploymentFrequency: DeploymentFrequency;
  leadTime: LeadTime;
  changeFailureRate: ChangeFailureRate;
  recoveryTime: RecoveryTime;
  reworkRate: ReworkRate;
  timeToRestore: TimeToRestore;
  /** Incidents started in the window with no `causedBy`: reported, never pinned on a deployment by time. */
  unattributedIncidents: number;
  /** `status: failure` deployments finished in the window. */
  failedAttempts: number;
  undeployedChanges: { count: number; oldestAgeHours: number | null };
  /** Changes of baseline deployments in the window: shipped, but with no lead time. */
  baselineChanges: number;
  events: { unattributedIncidents: string[]; failedAttempts: string[]; undeployedChanges: string[]; baselineChanges: string[] };
}

/** The services an input mentions, sorted. */
export function servicesOf(ix: IndexedInput): string[] {
  const all = new Set<string>();
  for (const m of [ix.changes, ix.deployments, ix.incidents]) for (const e of m.values()) all.add(e.service);
  return [...all].sort(compareIds);
}

export function deliveryMetrics(input: DeliveryInput, options: MetricsOptions): DeliveryMetrics {
  const ix = indexInput(input);
  const { from, to } = options;
  const environment = options.environment ?? DEFAULT_ENVIRONMENT;
  const timeZone = options.timeZone ?? 'UTC';
  const includeMerges = options.includeMerges ?? false;
  const services = options.services === undefined ? servicesOf(ix) : [...new Set(options.services)].sort(compareIds);
  const inWindow = (at: number) => at >= from && at < to;

  const shipped: ShippedDeployment[] = [];
  const attempts: DeploymentEvent[] = [];
  const outcomes = new Map<string, DeploymentOutcome>();
  const attrs = services.map((s) => attributeEnvironment(ix, s, environment));
  for (const attr of attrs) {
    shipped.push(...attr.deployments.filter((d) => inWindow(d.event.finishedAt)));
    attempts.push(...attr.failedAttempts.filter((d) => inWindow(d.finishedAt)));
    for (const [id, o] of deploymentOutcomes(attr, ix, options.revertWindowMs ?? DEFAULT_REVERT_WINDOW_MS)) outcomes.set(id, o);
  }
  shipped.sort((a, b) => byFinish(a.event, b.event));
  attempts.sort(byFinish);

  const serviceSet = new Set(services);
  const incidents = [...ix.incidents.values()].filter((i) => serviceSet.has(i.service));
  const unattributed = incidents.filter((i) => i.causedBy === undefined && inWindow(i.startedAt)).map((i) => i.id);
  const baseline = shipped.filter((d) => d.baseline).flatMap((d) => d.changes).sort(compareIds);
  const undeployed = undeployedChanges(attrs, ix, to, includeMerges);

  return assembleMetrics({ services, environment, from, to, timeZone, includeMerges, ix, shipped, outcomes, attempts, incidents, unattributed, baseline, undeployed });
}

/** One service's figures: the common case, named for readers of the app layer. */
export function serviceMetrics(input: DeliveryInput, service: string, options: Omit<MetricsOptions, 'services'>): DeliveryMetrics {
  return deliveryMetrics(input, { ...options, services: [service] });
}

/** The parts every delivery report is built from, whether from all events or from stored facts. */
export interface MetricParts {
  services: string[];
  environment: string;
  from: number;
  to: number;
  timeZone: string;
  includeMerges: boolean;
  ix: IndexedInput;
  shipped: ShippedDeployment[];
  outcomes: Map<string, DeploymentOutcome>;
  attempts: readonly { id: string }[];
  incidents: readonly import('./types.js').IncidentEvent[];
  unattributed: string[];
  baseline: string[];
  undeployed: readonly { id: string; committedAt: number }[];
}

/** One assembly of the report from its parts, so both paths compute every figure the same way. */
export function assembleMetrics(p: MetricParts): DeliveryMetrics {
  const { services, environment, from, to, timeZone, includeMerges, ix, shipped, outcomes, attempts, incidents, unattributed, baseline, undeployed } = p;
  return {
    services,
    environment,
    from,
    to,
    timeZone,
    deploymentFrequency: deploymentFrequency(shipped.map((d) => d.event), from, to, timeZone),
    leadTime: leadTime(shipped, ix, includeMerges),
    changeFailureRate: changeFailureRate(shipped, outcomes),
    recoveryTime: recoveryTime(shipped, outcomes),
    reworkRate: reworkRate(shipped, outcomes),
    timeToRestore: timeToRestore(incidents, from, to),
    unattributedIncidents: unattributed.length,
    failedAttempts: attempts.length,
    undeployedChanges: {
      count: undeployed.length,
      oldestAgeHours: undeployed.length === 0 ? null : hours(to - undeployed.reduce((m, c) => Math.min(m, c.committedAt), Infinity)),
    },
    baselineChanges: baseline.length,
    events: {
      unattributedIncidents: unattributed,
      failedAttempts: attempts.map((d) => d.id),
      undeployedChanges: undeployed.map((c) => c.id),
      baselineChanges: baseline,
    },
  };
}
