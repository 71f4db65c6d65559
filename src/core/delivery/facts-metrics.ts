/**
 * The delivery figures of a window from stored facts (facts.ts) instead of all events: the same
 * metric functions (frequency, lead time, CFR, rework, recovery, time to restore) run on the
 * window's deployments and shipped changes, rebuilt as the shapes they take, so the figures and
 * the events behind them are the ones deliveryMetrics gives over the whole history.
 */
import type { ShippedDeployment } from './attribution.js';
import { changeFailureRate, reworkRate } from './failure-rate.js';
import { outcomeAsOf, type DeploymentFact } from './facts.js';
import { deploymentFrequency } from './frequency.js';
import { compareIds, type IndexedInput } from './indexed.js';
import { leadTime } from './lead-time.js';
import { assembleMetrics, type DeliveryMetrics } from './metrics.js';
import type { DeploymentOutcome } from './outcomes.js';
import { recoveryTime, timeToRestore } from './recovery.js';
import { hours } from './stats.js';
import type { ChangeEvent, IncidentEvent } from './types.js';

/** A change shipped by a deployment of the window (committed before `until`). */
export interface WindowShipment {
  change: string;
  deployment: string;
  committedAt: number;
  isMerge: boolean;
}

/** What a report over [from, to) reads from the facts of its services. */
export interface WindowFacts {
  /** Successful deployments finished in [from, to). */
  deployments: readonly DeploymentFact[];
  shipments: readonly WindowShipment[];
  /** Changes committed before `to`, not shipped by `to` (merges left out unless asked for), in any order. */
  undeployed: readonly { id: string; service: string; committedAt: number }[];
  /** `status: failure` deployments finished in [from, to). */
  failedAttempts: readonly { id: string; finishedAt: number }[];
  /** The scope's incidents that started or were resolved in [from, to) (others never count). */
  incidents: readonly IncidentEvent[];
}

export interface FactsOptions {
  from: number;
  to: number;
  /** Events after this are not seen (to + revert window, as the events a report loads). */
  until: number;
  environment: string;
  timeZone: string;
  includeMerges: boolean;
  services: readonly string[];
  /** Count incidents caused by a deployment whenever they started (a before/after comparison; see outcomeAsOf). */
  lateIncidents?: boolean;
}

const byFinishThenId = (a: { finishedAt: number; id: string }, b: { finishedAt: number; id: string }) => a.finishedAt - b.finishedAt || compareIds(a.id, b.id);

export function metricsFromFacts(w: WindowFacts, o: FactsOptions): DeliveryMetrics {
  const { from, to, until, environment, timeZone, includeMerges } = o;
  const services = [...new Set(o.services)].sort(compareIds);
  const serviceSet = new Set(services);
  const inScope = (s: string) => serviceSet.has(s);
  const inWindow = (at: number) => at >= from && at < to;

  const changesOf = new Map<string, string[]>();
  const changes = new Map<string, ChangeEvent>();
  for (const s of w.shipments) {
    const list = changesOf.get(s.deployment);
    if (list === undefined) changesOf.set(s.deployment, [s.change]);
    else list.push(s.change);
    changes.set(s.change, { id: s.change, service: '', committedAt: s.committedAt, isMerge: s.isMerge });
  }
  const facts = w.deployments.filter((d) => serviceSet.has(d.service) && d.environment === environment && inWindow(d.finishedAt)).sort(byFinishThenId);
  const outcomes = new Map<string, DeploymentOutcome>();
  const shipped = facts.map((d): ShippedDeployment => {
    outcomes.set(d.id, outcomeAsOf(d, until, inScope, o.lateIncidents ?? false));
    const ids = (changesOf.get(d.id) ?? []).sort(compareIds);
    return {
      event: { id: d.id, service: d.service, environment: d.environment, status: 'success', finishedAt: d.finishedAt },
      position: 0,
      kind: d.kind,
      baseline: d.baseline,
      changes: ids,
    };
  });
  const ix = { changes } as Pick<IndexedInput, 'changes'> as IndexedInput;

  const attempts = [...w.failedAttempts].filter((d) => inWindow(d.finishedAt)).sort(byFinishThenId);
  const incidents = w.incidents.filter((i) => serviceSet.has(i.service)).sort((a, b) => compareIds(a.id, b.id));
  const unattributed = incidents.filter((i) => i.causedBy === undefined && inWindow(i.startedAt)).map((i) => i.id);
  const baseline = shipped.filter((d) => d.baseline).flatMap((d) => d.changes).sort(compareIds);
  const undeployed = [...w.undeployed].sort((a, b) => compareIds(a.service, b.service) || compareIds(a.id, b.id));

  return assembleMetrics({ services, environment, from, to, timeZone, includeMerges, ix, shipped, outcomes, attempts, incidents, unattributed, baseline, undeployed });
}
