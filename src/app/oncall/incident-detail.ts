/**
 * One incident as its responders and reviewers need it: the record (severity, cause, postmortem
 * link, who worked it), a timeline built from Trellis's own records (pages of the service while
 * it was open, remediating deployments), and whether it repeats an earlier incident of the same
 * service and cause — or was repeated by a later one (the recurrence the article asks about).
 *
 * Incidents are service context, readable by anyone signed in (like reliability figures).
 */
import type { Actor } from '../../core/access/actor.js';
import { DEFAULT_REPEAT_WINDOW_MS, repeatIncidents, type RepeatIncident } from '../../core/incidents/repeats.js';
import { incidentTimeline, type TimelineKind } from '../../core/incidents/timeline.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export interface IncidentDetail {
  id: string;
  service: string;
  title: string | null;
  severity: string | null;
  startedAt: string;
  detectedAt: string | null;
  resolvedAt: string | null;
  causedBy: string | null;
  cause: string | null;
  postmortem: string | null;
  participants: { id: string; name: string }[];
  timeline: { at: string; kind: TimelineKind; ref: string | null; text: string }[];
  timeToDetectMinutes: number | null;
  timeToResolveMinutes: number | null;
  /** The earlier incident this one repeats, and later ones that repeat it (same service and cause within 90 days). */
  repeats: { id: string; startedAt: string; afterDays: number } | null;
  repeatedBy: { id: string; startedAt: string; afterDays: number }[];
  repeatWindowDays: number;
}

export async function readIncident({ data }: { data: DataAccess }, actor: Actor, id: string): Promise<IncidentDetail> {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  const incident = await data.oncall.incident(id);
  if (!incident) throw new TrellisError('NOT_FOUND', `No incident with id "${id}".`);
  const end = incident.resolvedAt ?? incident.startedAt + 7 * 86_400_000;
  const [pages, remediations, names, caused] = await Promise.all([
    data.oncall.servicePages(incident.service, incident.startedAt, end),
    data.oncall.remediations(incident.id),
    data.org.personNames(incident.participants),
    incident.cause === null ? Promise.resolve([]) : data.oncall.causedIncidents(incident.service),
  ]);
  const t = incidentTimeline(incident, pages, remediations);
  const repeats: RepeatIncident[] = repeatIncidents(caused);
  const days = (ms: number) => Math.round((ms / 86_400_000) * 10) / 10;
  const startOf = new Map(caused.map((c) => [c.id, c.startedAt]));
  const mine = repeats.find((r) => r.id === incident.id);
  return {
    id: incident.id,
    service: incident.service,
    title: incident.title,
    severity: incident.severity,
    startedAt: iso(incident.startedAt),
    detectedAt: isoOrNull(incident.detectedAt),
    resolvedAt: isoOrNull(incident.resolvedAt),
    causedBy: incident.causedBy,
    cause: incident.cause,
    postmortem: incident.postmortem,
    participants: incident.participants.map((p) => ({ id: p, name: names.get(p) ?? p })),
    timeline: t.entries.map((e) => ({ ...e, at: iso(e.at) })),
    timeToDetectMinutes: t.timeToDetectMs === null ? null : Math.round(t.timeToDetectMs / 60_000),
    timeToResolveMinutes: t.timeToResolveMs === null ? null : Math.round(t.timeToResolveMs / 60_000),
    repeats: mine ? { id: mine.repeats, startedAt: iso(startOf.get(mine.repeats)!), afterDays: days(mine.afterMs) } : null,
    repeatedBy: repeats.filter((r) => r.repeats === incident.id).map((r) => ({ id: r.id, startedAt: iso(r.startedAt), afterDays: days(r.afterMs) })),
    repeatWindowDays: DEFAULT_REPEAT_WINDOW_MS / 86_400_000,
  };
}

/** A service's latest 50 incidents, each marked when it repeats an earlier one. */
export async function listServiceIncidents({ data }: { data: DataAccess }, actor: Actor, service: string) {
  assertAllowed(actor, 'read', { type: 'service-reliability' });
  if (!(await data.org.getService(service))) throw new TrellisError('NOT_FOUND', `No service with id "${service}".`);
  const [latest, caused] = await Promise.all([data.oncall.serviceIncidents(service, 50), data.oncall.causedIncidents(service)]);
  const repeatOf = new Map(repeatIncidents(caused).map((r) => [r.id, r.repeats]));
  const items = latest.map((i) => ({
    id: i.id,
    title: i.title,
    severity: i.severity,
    startedAt: iso(i.startedAt),
    resolvedAt: isoOrNull(i.resolvedAt),
    cause: i.cause,
    postmortem: i.postmortem,
    repeatOf: repeatOf.get(i.id) ?? null,
  }));
  return { items, repeats: items.filter((i) => i.repeatOf !== null).length };
}
