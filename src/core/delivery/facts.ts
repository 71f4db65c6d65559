/**
 * Delivery facts: what attribution and outcomes say about each deployment and change of one
 * service and environment, computed once over the service's whole history and stored, so a
 * report reads only its window (src/store/delivery-facts.ts) instead of every event ever.
 *
 * A report over [from, to) sees the events known by `until = to + revert window` (changes
 * committed, deployments finished and incidents started before it) and, in a team or the
 * organisation, the incidents of every service in scope. So the facts are not final verdicts but
 * evidence, each item with the moment it becomes visible (`at`) and, for incidents, the service
 * whose incidents must be in scope (`svc`). `outcomeAsOf` then gives, for any `until` and scope,
 * exactly what deploymentOutcomes (outcomes.ts) gives over the events a report loads: the same
 * pushes in the same order, filtered to what that report can see.
 */
import { attributeEnvironment } from './attribution.js';
import type { IndexedInput } from './indexed.js';
import type { DeploymentOutcome, FailureCause, Recovery, ReworkReason } from './outcomes.js';
import { revertLinks } from './reverts.js';
import type { DeploymentKind } from './attribution.js';

export interface Visible {
  /** Seen by a report whose `until` is after this. */
  at: number;
  /** Seen only when this service's incidents are in the report's scope. */
  svc?: string;
}

export interface DeploymentEvidence {
  causes: (Visible & { cause: FailureCause })[];
  rework: (Visible & { reason: ReworkReason })[];
  recoveries: (Visible & { recovery: Recovery })[];
  /** Incidents it caused (sorted by id), for "its last caused incident was resolved". */
  incidents: { id: string; svc: string; startedAt: number; resolvedAt?: number }[];
}

export interface DeploymentFact {
  id: string;
  service: string;
  environment: string;
  finishedAt: number;
  kind: DeploymentKind;
  baseline: boolean;
  /** Null when nothing ever failed it, reworked it or recovered it. */
  evidence: DeploymentEvidence | null;
}

/** A change of the service and, when a successful deployment in the environment shipped it, which. */
export interface ChangeFact {
  change: string;
  service: string;
  environment: string;
  committedAt: number;
  isMerge: boolean;
  deployment?: string;
  finishedAt?: number;
  baseline: boolean;
}

export interface EnvironmentFacts {
  deployments: DeploymentFact[];
  changes: ChangeFact[];
}

const emptyEvidence = (): DeploymentEvidence => ({ causes: [], rework: [], recoveries: [], incidents: [] });

/**
 * The facts of one service in one environment. `ix` holds the service's events plus every
 * incident (of any service) that names one of its deployments as cause or is remediated by one.
 */
export function environmentFacts(ix: IndexedInput, service: string, environment: string, revertWindowMs: number): EnvironmentFacts {
  const attr = attributeEnvironment(ix, service, environment);
  const ev = new Map<string, DeploymentEvidence>();
  for (const d of attr.deployments) ev.set(d.event.id, emptyEvidence());
  const committed = (id: string) => ix.changes.get(id)?.committedAt ?? -Infinity;

  // The same walk as deploymentOutcomes, recording when each push becomes visible.
  for (const d of attr.deployments) {
    const mine = ev.get(d.event.id)!;
    const at = d.event.finishedAt;
    for (const i of ix.incidentsByCause.get(d.event.id) ?? []) {
      mine.causes.push({ cause: { type: 'incident', incident: i.id }, at: i.startedAt, svc: i.service });
      mine.incidents.push({ id: i.id, svc: i.service, startedAt: i.startedAt, ...(i.resolvedAt === undefined ? {} : { resolvedAt: i.resolvedAt }) });
    }
    if (d.kind === 'rollback') {
      mine.rework.push({ reason: { type: 'rollback', of: d.rollsBack ?? null }, at });
      const target = d.rollsBack === undefined ? undefined : ev.get(d.rollsBack);
      if (target !== undefined) {
        target.causes.push({ cause: { type: 'rollback', by: d.event.id }, at });
        target.recoveries.push({ recovery: { at, source: { type: 'rollback', deployment: d.event.id } }, at });
      }
    }
    const remediated = d.event.remediates;
    if (remediated !== undefined) {
      mine.rework.push({ reason: { type: 'remediation', incident: remediated }, at });
      const incident = ix.incidents.get(remediated);
      const cause = incident?.causedBy;
      if (incident !== undefined && cause !== undefined && ev.has(cause)) {
        ev.get(cause)!.recoveries.push({
          recovery: { at, source: { type: 'remediation', deployment: d.event.id } },
          at: Math.max(at, incident.startedAt),
          svc: incident.service,
        });
      }
    }
  }
  for (const link of revertLinks(attr, ix, revertWindowMs)) {
    const at = Math.max(link.by.event.finishedAt, committed(link.revert), committed(link.reverted));
    ev.get(link.by.event.id)!.rework.push({ reason: { type: 'revert', revert: link.revert, of: link.reverted }, at });
    if (!link.withinWindow) continue;
    const original = ev.get(link.original.event.id)!;
    original.causes.push({ cause: { type: 'revert', change: link.reverted, revert: link.revert, by: link.by.event.id }, at });
    original.recoveries.push({ recovery: { at: link.by.event.finishedAt, source: { type: 'revert', deployment: link.by.event.id } }, at });
  }

  const deployments = attr.deployments.map((d): DeploymentFact => {
    const e = ev.get(d.event.id)!;
    const empty = e.causes.length === 0 && e.rework.length === 0 && e.recoveries.length === 0 && e.incidents.length === 0;
    return { id: d.event.id, service, environment, finishedAt: d.event.finishedAt, kind: d.kind, baseline: d.baseline, evidence: empty ? null : e };
  });
  const changes = (ix.changesByService.get(service) ?? []).map((c): ChangeFact => {
    const by = attr.shippedBy.get(c.id);
    const fact: ChangeFact = { change: c.id, service, environment, committedAt: c.committedAt, isMerge: c.isMerge === true, baseline: by?.baseline ?? false };
    if (by !== undefined) {
      fact.deployment = by.event.id;
      fact.finishedAt = by.event.finishedAt;
    }
    return fact;
  });
  return { deployments, changes };
}

/**
 * A deployment's outcome as a report with this `until` and these in-scope services sees it:
 * identical to deploymentOutcomes over the events that report loads.
 *
 * `lateIncidents`: incidents of in-scope services that name the deployment as their cause count
 * whenever they started, as a before/after comparison loads them (compare-facts.ts): a failure
 * found a month later still makes its deployment failed. Everything else is still cut at `until`.
 */
export function outcomeAsOf(
  fact: Pick<DeploymentFact, 'finishedAt' | 'evidence'>,
  until: number,
  inScope: (service: string) => boolean,
  lateIncidents = false,
): DeploymentOutcome {
  const e = fact.evidence;
  if (e === null) return { failure: [], rework: [], recovery: undefined };
  const seen = (v: Visible) => v.at < until && (v.svc === undefined || inScope(v.svc));
  const causeSeen = (c: DeploymentEvidence['causes'][number]) => (lateIncidents && c.cause.type === 'incident' ? inScope(c.svc!) : seen(c));
  // A remediation becomes visible when both it and its incident are; with late incidents, when
  // the remediating deployment is (its recovery's own moment).
  const recoverySeen = (r: DeploymentEvidence['recoveries'][number]) =>
    lateIncidents && r.recovery.source.type === 'remediation' ? r.recovery.at < until && inScope(r.svc!) : seen(r);
  const failure = e.causes.filter(causeSeen).map((c) => c.cause);
  const rework = e.rework.filter(seen).map((r) => r.reason);
  if (failure.length === 0) return { failure, rework, recovery: undefined };
  const all = e.recoveries.filter(recoverySeen).map((r) => r.recovery);
  const incidents = e.incidents.filter((i) => (lateIncidents || i.startedAt < until) && inScope(i.svc));
  if (incidents.length > 0 && incidents.every((i) => i.resolvedAt !== undefined)) {
    const last = incidents.reduce((a, b) => (b.resolvedAt! > a.resolvedAt! ? b : a));
    all.push({ at: last.resolvedAt!, source: { type: 'incidents-resolved', incident: last.id } });
  }
  let best: Recovery | null = null;
  for (const r of all) if (r.at >= fact.finishedAt && (best === null || r.at < best.at)) best = r;
  return { failure, rework, recovery: best };
}
