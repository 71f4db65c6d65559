/**
 * The events behind one delivery figure, a page at a time: the drill-down of the delivery pages.
 *
 * The lists come from the same report as the figures (and so from the same cache entry), so a
 * table always lists exactly the events its figure counted. They are served apart from the
 * report because together they are large (a big team's window holds thousands of deployments
 * and lead times) while a page shows one table, and only when it is opened.
 */
import type { DeliveryMetrics } from '../../core/delivery/index.js';
import type { EventDetails, EventIds } from '../../store/event-details-repository.js';

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

export interface DescribedEventPage extends DeliveryEventPage {
  /** When each named deployment, change and incident happened, and where to open it. */
  details: EventDetails;
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

/** Keys of causes, reasons and recoveries that name a deployment, a change or an incident. */
const deploymentKeys = ['deployment', 'by', 'of'];
const changeKeys = ['change', 'revert'];

/** Every record a page of events names, directly or in its causes, so each can be shown in words. */
export function idsNamedBy(items: readonly DeliveryEvent[]): EventIds {
  const ids = { deployments: new Set<string>(), changes: new Set<string>(), incidents: new Set<string>() };
  const take = (o: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(o)) {
      if (typeof value !== 'string') continue;
      if (deploymentKeys.includes(key)) ids.deployments.add(value);
      else if (changeKeys.includes(key)) ids.changes.add(value);
      else if (key === 'incident') ids.incidents.add(value);
    }
  };
  for (const item of items) {
    take(item as Record<string, unknown>);
    for (const c of [...(item.causes ?? []), ...(item.reasons ?? []), ...(item.by ? [item.by] : [])]) take(c as Record<string, unknown>);
  }
  return { deployments: [...ids.deployments], changes: [...ids.changes], incidents: [...ids.incidents] };
}

/**
 * A page of events with what a reader needs to recognise them (dates, commits, titles, links):
 * the ids alone ("dep-deploy-pipeline-734", a 40-character sha) say nothing to a person.
 */
export async function describedEventPage(
  lookup: { detailsOf(ids: EventIds): Promise<EventDetails> },
  metrics: DeliveryMetrics,
  list: EventListName,
  offset: number,
  limit: number,
): Promise<DescribedEventPage> {
  const page = eventPage(metrics, list, offset, limit);
  return { ...page, details: await lookup.detailsOf(idsNamedBy(page.items)) };
}
