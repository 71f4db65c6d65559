/**
 * Changes committed before `to` that no deployment in the environment had shipped by `to`: the
 * work waiting in the queue. Its oldest age is the lead time that is still growing, which a
 * lead-time median (over shipped changes only) cannot show.
 */
import type { EnvironmentAttribution } from './attribution.js';
import type { IndexedInput } from './indexed.js';
import type { ChangeEvent } from './types.js';

export function undeployedChanges(
  attrs: readonly EnvironmentAttribution[],
  ix: IndexedInput,
  to: number,
  includeMerges: boolean,
): ChangeEvent[] {
  const out: ChangeEvent[] = [];
  for (const attr of attrs) {
    for (const c of ix.changesByService.get(attr.service) ?? []) {
      if (c.committedAt >= to || (c.isMerge === true && !includeMerges)) continue;
      const by = attr.shippedBy.get(c.id);
      if (by === undefined || by.event.finishedAt >= to) out.push(c);
    }
  }
  return out;
}
