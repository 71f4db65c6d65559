/**
 * An incident's timeline: what happened when, from the records Trellis has — the incident's own
 * times, the pages its service raised while it was open, the deployments that remediate it, and
 * the postmortem. Each entry says where it came from, so a reader can check it against the tool.
 */
export type TimelineKind = 'started' | 'detected' | 'paged' | 'acknowledged' | 'remediated' | 'resolved';

export interface TimelineEntry {
  at: number;
  kind: TimelineKind;
  /** Page or deployment id behind the entry, when there is one. */
  ref: string | null;
  text: string;
}

export interface TimelineIncident {
  id: string;
  startedAt: number;
  detectedAt: number | null;
  resolvedAt: number | null;
}

export interface TimelinePage {
  id: string;
  at: number;
  alert: string | null;
  acknowledgedAt: number | null;
}

export interface TimelineDeployment {
  id: string;
  finishedAt: number;
  status: string;
}

export interface Timeline {
  entries: TimelineEntry[];
  /** Start → detection and start → resolution; null while unknown or still open. */
  timeToDetectMs: number | null;
  timeToResolveMs: number | null;
}

const order: Record<TimelineKind, number> = { started: 0, detected: 1, paged: 2, acknowledged: 3, remediated: 4, resolved: 5 };

export function incidentTimeline(i: TimelineIncident, pages: readonly TimelinePage[], remediations: readonly TimelineDeployment[]): Timeline {
  const entries: TimelineEntry[] = [{ at: i.startedAt, kind: 'started', ref: null, text: 'Incident started' }];
  if (i.detectedAt !== null) entries.push({ at: i.detectedAt, kind: 'detected', ref: null, text: 'Detected' });
  const end = i.resolvedAt ?? Number.POSITIVE_INFINITY;
  for (const p of pages) {
    if (p.at < i.startedAt || p.at >= end) continue;
    entries.push({ at: p.at, kind: 'paged', ref: p.id, text: p.alert === null ? 'Page sent' : `Page sent: ${p.alert}` });
    if (p.acknowledgedAt !== null) entries.push({ at: p.acknowledgedAt, kind: 'acknowledged', ref: p.id, text: 'Page acknowledged' });
  }
  for (const d of remediations) entries.push({ at: d.finishedAt, kind: 'remediated', ref: d.id, text: d.status === 'failure' ? 'Remediating deployment failed' : 'Remediating deployment finished' });
  if (i.resolvedAt !== null) entries.push({ at: i.resolvedAt, kind: 'resolved', ref: null, text: 'Resolved' });
  entries.sort((a, b) => a.at - b.at || order[a.kind] - order[b.kind] || String(a.ref).localeCompare(String(b.ref)));
  return {
    entries,
    timeToDetectMs: i.detectedAt === null ? null : i.detectedAt - i.startedAt,
    timeToResolveMs: i.resolvedAt === null ? null : i.resolvedAt - i.startedAt,
  };
}
