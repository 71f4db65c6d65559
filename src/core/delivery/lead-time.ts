/**
 * Change lead time (spec/delivery.md, metric 2): deployment finish − commit time, for every
 * change a deployment in the window shipped first. Kept in milliseconds until the end (no
 * whole-hour truncation, unlike Four Keys) and summarised with true order statistics.
 */
import type { ShippedDeployment } from './attribution.js';
import type { IndexedInput } from './indexed.js';
import { hours, quantileSorted, sorted } from './stats.js';

export interface LeadTimeEvent {
  change: string;
  deployment: string;
  hours: number;
}

export interface LeadTime {
  medianHours: number | null;
  p75Hours: number | null;
  p90Hours: number | null;
  n: number;
  /** Left out: committed after the deployment finished (clock skew or rewritten history). */
  skewed: number;
  includeMerges: boolean;
  events: { leadTimes: LeadTimeEvent[]; skewed: LeadTimeEvent[] };
}

export function leadTime(shipped: readonly ShippedDeployment[], ix: IndexedInput, includeMerges: boolean): LeadTime {
  const leadTimes: LeadTimeEvent[] = [];
  const skewed: LeadTimeEvent[] = [];
  for (const d of shipped) {
    if (d.baseline) continue; // baseline changes have no lead time: see attribution.ts
    for (const id of d.changes) {
      const change = ix.changes.get(id);
      if (change === undefined || (change.isMerge === true && !includeMerges)) continue;
      const event = { change: id, deployment: d.event.id, hours: hours(d.event.finishedAt - change.committedAt) };
      (event.hours < 0 ? skewed : leadTimes).push(event);
    }
  }
  const values = sorted(leadTimes.map((e) => e.hours));
  return {
    medianHours: quantileSorted(values, 0.5),
    p75Hours: quantileSorted(values, 0.75),
    p90Hours: quantileSorted(values, 0.9),
    n: values.length,
    skewed: skewed.length,
    includeMerges,
    events: { leadTimes, skewed },
  };
}
