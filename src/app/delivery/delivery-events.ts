/**
 * The events behind one delivery figure, a page at a time: the drill-down of the delivery pages.
 *
 * The lists come from the same report as the figures (and so from the same cache entry), so a
 * table always lists exactly the events its figure counted. They are served apart from the
 * report because together they are large (a big team's window holds thousands of deployments
 * and lead times) while a page shows one table, and only when it is opened.
 */
import type { DeliveryMetrics } from '../../core/delivery/index.js';

export const eventListNames = [
  'deployments',
  'leadTimes',
  'skewed',
  'failed',
  'recoveries',
  'open',
  'rework',
  'restored',
  'unattributedIncidents',
  'failedAttempts',
  'undeployedChanges',
  'baselineChanges',
] as const;

export type EventListName = (typeof eventListNames)[number];

/** One event: the ids it names, and its hours, causes, reasons or recovery where it has them. */
export interface DeliveryEvent {
  deployment?: string;
  change?: string;
  incident?: string;
  hours?: number;
  causes?: { type: string }[];
  reasons?: { type: string }[];
  by?: { type: string };
}

export interface DeliveryEventPage {
  list: EventListName;
  total: number;
  offset: number;
  limit: number;
  items: DeliveryEvent[];
}

const deployments = (ids: readonly string[]) => ids.map((deployment) => ({ deployment }));
const changes = (ids: readonly string[]) => ids.map((change) => ({ change }));
const incidents = (ids: readonly string[]) => ids.map((incident) => ({ incident }));

/** Every list of a report's metrics, by name (built on demand: most requests want one list). */
const lists: Record<EventListName, (m: DeliveryMetrics) => readonly DeliveryEvent[]> = {
  deployments: (m) => deployments(m.deploymentFrequency.events.deployments),
  leadTimes: (m) => m.leadTime.events.leadTimes,
  skewed: (m) => m.leadTime.events.skewed,
  failed: (m) => m.changeFailureRate.events.failed,
  recoveries: (m) => m.recoveryTime.events.recoveries,
  open: (m) => deployments(m.recoveryTime.events.open),
  rework: (m) => m.reworkRate.events.rework,
  restored: (m) => m.timeToRestore.events.incidents.map((i) => ({ incident: i.incident, hours: i.hours })),
  unattributedIncidents: (m) => incidents(m.events.unattributedIncidents),
  failedAttempts: (m) => deployments(m.events.failedAttempts),
  undeployedChanges: (m) => changes(m.events.undeployedChanges),
  baselineChanges: (m) => changes(m.events.baselineChanges),
};

export function eventPage(metrics: DeliveryMetrics, list: EventListName, offset: number, limit: number): DeliveryEventPage {
  const all = lists[list](metrics);
  return { list, total: all.length, offset, limit, items: all.slice(offset, offset + limit) };
}
