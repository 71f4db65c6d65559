/**
 * Repeat incidents — the article's "reduced recurrence risk": an incident is a repeat when an
 * earlier incident of the same service had the same cause and started at most `windowMs`
 * (default 90 days) before it. Causes are compared as labels, trimmed and case-folded, so
 * "Connection pool exhaustion" and "connection pool exhaustion " are one cause. Incidents
 * without a cause are never repeats: an unknown cause is not evidence of recurrence.
 */
export interface CausedIncident {
  id: string;
  service: string;
  startedAt: number;
  cause: string | null;
}

export interface RepeatIncident {
  id: string;
  service: string;
  cause: string;
  startedAt: number;
  /** The most recent earlier incident with that cause, and how long before it started. */
  repeats: string;
  afterMs: number;
}

export const DEFAULT_REPEAT_WINDOW_MS = 90 * 86_400_000;

export const causeKey = (cause: string): string => cause.trim().replace(/\s+/g, ' ').toLowerCase();

export function repeatIncidents(incidents: readonly CausedIncident[], windowMs = DEFAULT_REPEAT_WINDOW_MS): RepeatIncident[] {
  const last = new Map<string, CausedIncident>();
  const out: RepeatIncident[] = [];
  const ordered = [...incidents].filter((i) => i.cause !== null && i.cause.trim() !== '').sort((a, b) => a.startedAt - b.startedAt || a.id.localeCompare(b.id));
  for (const i of ordered) {
    const key = JSON.stringify([i.service, causeKey(i.cause!)]);
    const prev = last.get(key);
    if (prev && i.startedAt - prev.startedAt <= windowMs) {
      out.push({ id: i.id, service: i.service, cause: i.cause!.trim(), startedAt: i.startedAt, repeats: prev.id, afterMs: i.startedAt - prev.startedAt });
    }
    last.set(key, i);
  }
  return out;
}
