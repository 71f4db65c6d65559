/**
 * The input, indexed by identity. Importing the same record twice must never change a figure
 * (DESIGN.md: a record's id is its identity), so events are keyed by id here, once, and a later
 * event with the same id replaces the earlier one (a re-import is an update). Everything after
 * this point iterates in a defined order, so shuffling the input cannot change a figure either.
 */
import type { Ancestry, ChangeEvent, DeliveryInput, DeploymentEvent, IncidentEvent } from './types.js';

export interface IndexedInput {
  changes: ReadonlyMap<string, ChangeEvent>;
  deployments: ReadonlyMap<string, DeploymentEvent>;
  incidents: ReadonlyMap<string, IncidentEvent>;
  /** Deployments of each service, sorted by id (attribution orders them by finish time). */
  deploymentsByService: ReadonlyMap<string, readonly DeploymentEvent[]>;
  /** Changes of each service, sorted by id. */
  changesByService: ReadonlyMap<string, readonly ChangeEvent[]>;
  /** Change ids that name a deployment in their own `deployment` field. */
  changesNaming: ReadonlyMap<string, readonly string[]>;
  /** Incidents by the deployment they name in `causedBy`, sorted by id. */
  incidentsByCause: ReadonlyMap<string, readonly IncidentEvent[]>;
  ancestry: Ancestry | undefined;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return new Map([...map.entries()].sort(([a], [b]) => compareIds(a, b)));
}

/** Plain code-unit order: locale-free, so the same input sorts the same everywhere. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K | undefined): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list === undefined) map.set(k, [item]);
    else list.push(item);
  }
  return map;
}

export function indexInput(input: DeliveryInput): IndexedInput {
  const changes = byId(input.changes);
  const deployments = byId(input.deployments);
  const incidents = byId(input.incidents);
  const naming = groupBy(changes.values(), (c) => c.deployment);
  return {
    changes,
    deployments,
    deploymentsByService: groupBy(deployments.values(), (d) => d.service),
    incidents,
    changesByService: groupBy(changes.values(), (c) => c.service),
    changesNaming: new Map([...naming].map(([d, cs]) => [d, cs.map((c) => c.id)])),
    incidentsByCause: groupBy(incidents.values(), (i) => i.causedBy),
    ancestry: input.ancestry,
  };
}

/** Deployment order: by finish time, ties broken by id so the order never depends on input order. */
export function byFinish(a: DeploymentEvent, b: DeploymentEvent): number {
  return a.finishedAt - b.finishedAt || compareIds(a.id, b.id);
}
