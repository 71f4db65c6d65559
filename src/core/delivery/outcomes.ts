/**
 * What happened to each deployment afterwards: did it fail, is it rework, when did it recover.
 * These are facts about a deployment, computed over ALL the data (not the window): a deployment
 * at the end of March that an incident in April pins as its cause failed, whatever window shows it.
 *
 * Only explicit links count as failure (`causedBy`, rollbacks, reverts): an incident is never
 * pinned on "the previous deployment" by time, as DevLake does.
 */
import type { EnvironmentAttribution, ShippedDeployment } from './attribution.js';
import type { IndexedInput } from './indexed.js';
import { revertLinks } from './reverts.js';

export type FailureCause =
  | { type: 'incident'; incident: string }
  | { type: 'rollback'; by: string }
  | { type: 'revert'; change: string; revert: string; by: string };

export type ReworkReason =
  | { type: 'rollback'; of: string | null }
  | { type: 'remediation'; incident: string }
  | { type: 'revert'; revert: string; of: string };

export type RecoverySource =
  | { type: 'rollback' | 'remediation' | 'revert'; deployment: string }
  | { type: 'incidents-resolved'; incident: string };

export interface Recovery {
  at: number;
  source: RecoverySource;
}

export interface DeploymentOutcome {
  failure: FailureCause[];
  rework: ReworkReason[];
  /** Undefined when not failed; null when failed and not (yet) recovered. */
  recovery: Recovery | null | undefined;
}

export function deploymentOutcomes(
  attr: EnvironmentAttribution,
  ix: IndexedInput,
  revertWindowMs: number,
): Map<string, DeploymentOutcome> {
  const out = new Map<string, DeploymentOutcome>();
  for (const d of attr.deployments) out.set(d.event.id, { failure: [], rework: [], recovery: undefined });
  const candidates = new Map<string, Recovery[]>();
  const recoverBy = (failed: string, r: Recovery) => candidates.set(failed, [...(candidates.get(failed) ?? []), r]);

  for (const d of attr.deployments) {
    const mine = out.get(d.event.id)!;
    for (const i of ix.incidentsByCause.get(d.event.id) ?? []) mine.failure.push({ type: 'incident', incident: i.id });
    if (d.kind === 'rollback') {
      mine.rework.push({ type: 'rollback', of: d.rollsBack ?? null });
      const target = d.rollsBack === undefined ? undefined : out.get(d.rollsBack);
      if (target !== undefined) {
        target.failure.push({ type: 'rollback', by: d.event.id });
        recoverBy(d.rollsBack!, { at: d.event.finishedAt, source: { type: 'rollback', deployment: d.event.id } });
      }
    }
    const remediated = d.event.remediates;
    if (remediated !== undefined) {
      mine.rework.push({ type: 'remediation', incident: remediated });
      const cause = ix.incidents.get(remediated)?.causedBy;
      if (cause !== undefined && out.has(cause)) {
        recoverBy(cause, { at: d.event.finishedAt, source: { type: 'remediation', deployment: d.event.id } });
      }
    }
  }
  for (const link of revertLinks(attr, ix, revertWindowMs)) {
    out.get(link.by.event.id)!.rework.push({ type: 'revert', revert: link.revert, of: link.reverted });
    if (!link.withinWindow) continue;
    out.get(link.original.event.id)!.failure.push({ type: 'revert', change: link.reverted, revert: link.revert, by: link.by.event.id });
    recoverBy(link.original.event.id, { at: link.by.event.finishedAt, source: { type: 'revert', deployment: link.by.event.id } });
  }
  for (const d of attr.deployments) {
    const mine = out.get(d.event.id)!;
    if (mine.failure.length > 0) mine.recovery = earliestRecovery(d, ix, candidates.get(d.event.id) ?? []);
  }
  return out;
}

/**
 * The earliest of: a rollback, remediation or revert of it, or the resolution of its LAST caused
 * incident (only when all are resolved). A candidate before the deployment finished is a data
 * error (clocks, hand-entered times) and is ignored rather than turned into a negative duration.
 */
function earliestRecovery(d: ShippedDeployment, ix: IndexedInput, found: readonly Recovery[]): Recovery | null {
  const all = [...found];
  const incidents = ix.incidentsByCause.get(d.event.id) ?? [];
  if (incidents.length > 0 && incidents.every((i) => i.resolvedAt !== undefined)) {
    const last = incidents.reduce((a, b) => (b.resolvedAt! > a.resolvedAt! ? b : a));
    all.push({ at: last.resolvedAt!, source: { type: 'incidents-resolved', incident: last.id } });
  }
  let best: Recovery | null = null;
  for (const r of all) if (r.at >= d.event.finishedAt && (best === null || r.at < best.at)) best = r;
  return best;
}
