/**
 * Failed deployment recovery time (spec/delivery.md, metric 4) and time to restore service.
 * Recovery is per failed deployment; time to restore is per incident, attributed or not, so an
 * incident nobody linked to a deployment still shows up somewhere.
 */
import type { ShippedDeployment } from './attribution.js';
import type { DeploymentOutcome, RecoverySource } from './outcomes.js';
import { hours, median } from './stats.js';
import type { IncidentEvent } from './types.js';

export interface RecoveryTime {
  medianHours: number | null;
  n: number;
  /** Failed deployments in the window with no recovery in the data yet. */
  open: number;
  events: { recoveries: { deployment: string; hours: number; by: RecoverySource }[]; open: string[] };
}

export interface TimeToRestore {
  medianHours: number | null;
  n: number;
  events: { incidents: { incident: string; hours: number }[] };
}

export function recoveryTime(shipped: readonly ShippedDeployment[], outcomes: ReadonlyMap<string, DeploymentOutcome>): RecoveryTime {
  const recoveries: RecoveryTime['events']['recoveries'] = [];
  const open: string[] = [];
  for (const d of shipped) {
    const recovery = outcomes.get(d.event.id)?.recovery;
    if (recovery === undefined) continue;
    if (recovery === null) open.push(d.event.id);
    else recoveries.push({ deployment: d.event.id, hours: hours(recovery.at - d.event.finishedAt), by: recovery.source });
  }
  return { medianHours: median(recoveries.map((r) => r.hours)), n: recoveries.length, open: open.length, events: { recoveries, open } };
}

/** Incidents RESOLVED in [from, to): resolvedAt − startedAt. Negative durations are data errors and left out. */
export function timeToRestore(incidents: readonly IncidentEvent[], from: number, to: number): TimeToRestore {
  const list = incidents
    .filter((i) => i.resolvedAt !== undefined && i.resolvedAt >= from && i.resolvedAt < to && i.resolvedAt >= i.startedAt)
    .map((i) => ({ incident: i.id, hours: hours(i.resolvedAt! - i.startedAt) }));
  return { medianHours: median(list.map((i) => i.hours)), n: list.length, events: { incidents: list } };
}
