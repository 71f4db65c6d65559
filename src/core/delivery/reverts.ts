/**
 * Reverts within one environment. A revert counts only once BOTH the reverted change and the
 * revert have shipped there, the revert by a later deployment: reverting a change before it ever
 * went out (or in the same deployment) undid nothing in that environment.
 */
import type { EnvironmentAttribution, ShippedDeployment } from './attribution.js';
import type { IndexedInput } from './indexed.js';

export interface RevertLink {
  /** The revert change. */
  revert: string;
  /** The change it reverts. */
  reverted: string;
  /** The deployment that first shipped the reverted change. */
  original: ShippedDeployment;
  /** The deployment that shipped the revert: rework. */
  by: ShippedDeployment;
  /** Shipped within the revert window after the original: the original then counts as failed. */
  withinWindow: boolean;
}

export function revertLinks(attr: EnvironmentAttribution, ix: IndexedInput, windowMs: number): RevertLink[] {
  const links: RevertLink[] = [];
  for (const by of attr.deployments) {
    for (const id of by.changes) {
      const reverted = ix.changes.get(id)?.revertOf;
      if (reverted === undefined) continue;
      const original = attr.shippedBy.get(reverted);
      if (original === undefined || original.position >= by.position) continue;
      const withinWindow = by.event.finishedAt - original.event.finishedAt <= windowMs;
      links.push({ revert: id, reverted, original, by, withinWindow });
    }
  }
  return links;
}
