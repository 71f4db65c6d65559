/** Builders for delivery tests: readable times, events with defaults, and a tiny commit graph. */
import type { Ancestry, ChangeEvent, DeploymentEvent, IncidentEvent } from './types.js';

/** `at('2024-03-04T09:00')` → epoch ms, UTC. */
export const at = (local: string): number => Date.parse(`${local}:00Z`);

export const change = (id: string, committedAt: string, extra: Partial<ChangeEvent> = {}): ChangeEvent => ({
  id,
  service: 'svc',
  committedAt: at(committedAt),
  ...extra,
});

export const deploy = (id: string, finishedAt: string, extra: Partial<DeploymentEvent> = {}): DeploymentEvent => ({
  id,
  service: 'svc',
  environment: 'production',
  status: 'success',
  finishedAt: at(finishedAt),
  ...extra,
});

export const incident = (id: string, startedAt: string, resolvedAt?: string, extra: Partial<IncidentEvent> = {}): IncidentEvent => ({
  id,
  service: 'svc',
  startedAt: at(startedAt),
  ...(resolvedAt === undefined ? {} : { resolvedAt: at(resolvedAt) }),
  ...extra,
});

/** A commit graph from a parents list: the shape git ingestion will provide through `Ancestry`. */
export function graph(parents: Record<string, readonly string[]>): Ancestry & { calls: number } {
  const g = {
    calls: 0,
    isAncestor(a: string, b: string): boolean {
      g.calls++;
      const seen = new Set<string>();
      const stack = [b];
      while (stack.length > 0) {
        const c = stack.pop()!;
        if (c === a) return true;
        if (seen.has(c)) continue;
        seen.add(c);
        stack.push(...(parents[c] ?? []));
      }
      return false;
    },
  };
  return g;
}
