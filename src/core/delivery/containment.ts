/**
 * What a deployment contains, from the sources the spec names, in order of authority:
 * explicit statements first (the deployment's `changes[]`, and changes naming the deployment in
 * their `deployment` field), then the commit graph. The graph is consulted only for a deployment
 * with no explicit statement at all: when CI lists what it shipped, reachability (which also
 * sees cherry-picked and long-merged history) must not add to it.
 */
import { compareIds, type IndexedInput } from './indexed.js';
import type { DeploymentEvent } from './types.js';

export type ContainmentSource = 'explicit' | 'graph' | 'none';

export interface Contained {
  /** Change ids of the deployment's service, sorted; explicit ones not yet filtered by "already shipped". */
  ids: string[];
  source: ContainmentSource;
}

/** `skip`: changes already shipped, so the graph is not asked about them again (each ask may walk history). */
export function containedChanges(ix: IndexedInput, d: DeploymentEvent, skip: (id: string) => boolean = () => false): Contained {
  const naming = ix.changesNaming.get(d.id) ?? [];
  if (d.changes !== undefined || naming.length > 0) {
    const ids = new Set<string>();
    for (const id of [...(d.changes ?? []), ...naming]) {
      // Unknown ids have no commit time and another service's change is not this one's.
      if (ix.changes.get(id)?.service === d.service) ids.add(id);
    }
    return { ids: [...ids].sort(compareIds), source: 'explicit' };
  }
  const graph = ix.ancestry;
  const commit = d.commit;
  if (graph === undefined || commit === undefined) return { ids: [], source: 'none' };
  const ids = (ix.changesByService.get(d.service) ?? []).filter((c) => !skip(c.id) && graph.isAncestor(c.id, commit)).map((c) => c.id);
  return { ids, source: 'graph' };
}
