/**
 * Which deployment shipped which change, per service and environment (spec/delivery.md, "Terms").
 *
 * Deployments are walked in finish order while tracking the currently deployed commit, so each
 * successful deployment is classified as a deploy, a redeploy (same commit as current: ships
 * nothing) or a rollback (ships nothing; the deployment it undoes is named). A change is shipped
 * by the FIRST successful deployment that contains it, and never twice in one environment —
 * unlike Four Keys, which gives a deployment only the last push's commits.
 */
import { byFinish, type IndexedInput } from './indexed.js';
import { containedChanges } from './containment.js';
import type { DeploymentEvent } from './types.js';

export type DeploymentKind = 'deploy' | 'redeploy' | 'rollback';

export interface ShippedDeployment {
  event: DeploymentEvent;
  /** Position in the environment's finish order (0 = earliest). */
  position: number;
  kind: DeploymentKind;
  /** For a rollback: the deployment it rolls back (when known). */
  rollsBack?: string;
  /** The earliest deployment, whose changes came from the commit graph (or from nothing): "everything before". */
  baseline: boolean;
  /** Change ids first shipped here, sorted. For a baseline deployment these are baseline changes. */
  changes: string[];
}

export interface EnvironmentAttribution {
  service: string;
  environment: string;
  /** Successful deployments in finish order. */
  deployments: ShippedDeployment[];
  /** `status: failure`: they did not go out, so they ship nothing and are counted apart. */
  failedAttempts: DeploymentEvent[];
  shippedBy: ReadonlyMap<string, ShippedDeployment>;
}

interface Current {
  commit: string | undefined;
  /** The deployment that brought the current commit (a redeploy does not replace it). */
  deployment: string | undefined;
  deployed: Set<string>;
}

function classify(d: DeploymentEvent, cur: Current, ix: IndexedInput): Pick<ShippedDeployment, 'kind' | 'rollsBack'> {
  if (d.rollbackOf !== undefined) return { kind: 'rollback', rollsBack: d.rollbackOf };
  // Commit rules need a known current commit: after a deployment without a commit we cannot
  // tell a rollback from a roll-forward, and guessing would invent failures.
  if (d.commit === undefined || cur.commit === undefined) return { kind: 'deploy' };
  if (d.commit === cur.commit) return { kind: 'redeploy' };
  const graph = ix.ancestry;
  const strictAncestor = graph?.isAncestor(d.commit, cur.commit) ?? false;
  // Interpretation: an earlier-deployed commit that the graph shows to be a DESCENDANT of the
  // current one is a roll-forward (redeploying the fix after a rollback), not a rollback.
  const descendant = graph?.isAncestor(cur.commit, d.commit) ?? false;
  if (strictAncestor || (cur.deployed.has(d.commit) && !descendant)) {
    return cur.deployment === undefined ? { kind: 'rollback' } : { kind: 'rollback', rollsBack: cur.deployment };
  }
  return { kind: 'deploy' };
}

export function attributeEnvironment(ix: IndexedInput, service: string, environment: string): EnvironmentAttribution {
  const mine = (ix.deploymentsByService.get(service) ?? []).filter((d) => d.environment === environment);
  const ordered = mine.filter((d) => d.status === 'success').sort(byFinish);
  const cur: Current = { commit: undefined, deployment: undefined, deployed: new Set() };
  const shippedBy = new Map<string, ShippedDeployment>();
  const deployments = ordered.map((event, position): ShippedDeployment => {
    const { kind, rollsBack } = classify(event, cur, ix);
    const shipped: ShippedDeployment = { event, position, kind, baseline: false, changes: [] };
    if (rollsBack !== undefined) shipped.rollsBack = rollsBack;
    if (kind === 'deploy') {
      const { ids, source } = containedChanges(ix, event, (id) => shippedBy.has(id));
      shipped.changes = ids.filter((id) => !shippedBy.has(id));
      // Baseline only when the graph is the source: reachability from the first deployed commit
      // is all of history. An explicit list (CI's changes[] or change.deployment) is a statement
      // that these changes went out in this deployment, so they keep their lead times.
      shipped.baseline = position === 0 && source === 'graph';
      // With neither a list nor a graph (git ingestion's first tag, a deployment webhook), the
      // first deployment still shipped "everything before" it: without this, all history before
      // it would show as undeployed changes forever.
      if (position === 0 && source === 'none') {
        shipped.changes = (ix.changesByService.get(service) ?? []).filter((c) => c.committedAt <= event.finishedAt).map((c) => c.id);
        shipped.baseline = true;
      }
      for (const id of shipped.changes) shippedBy.set(id, shipped);
    }
    if (kind !== 'redeploy') cur.deployment = event.id;
    cur.commit = event.commit;
    if (event.commit !== undefined) cur.deployed.add(event.commit);
    return shipped;
  });
  const failedAttempts = mine.filter((d) => d.status === 'failure').sort(byFinish);
  return { service, environment, deployments, failedAttempts, shippedBy };
}
