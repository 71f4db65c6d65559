/**
 * Incident records: severity, a believable title, and detection and resolution delays that grow
 * with severity's inverse (a sev4 can sit for a day; a sev1 gets everyone on a call).
 */
import type { RecordOf } from '../records/schemas.js';
import type { Rng } from './random.js';
import type { SeverityWeights } from './shapes.js';
import { HOUR, MINUTE, iso } from './zone.js';
import { sec } from './changes.js';

export type IncidentRecord = RecordOf<'incident'>;

const SEVERITIES = ['sev1', 'sev2', 'sev3', 'sev4'] as const;

/** Median hours from detection to resolution when nothing faster (rollback, hotfix) ends it. */
const RESOLVE_HOURS: Record<(typeof SEVERITIES)[number], number> = { sev1: 1.5, sev2: 3, sev3: 6, sev4: 20 };

const CAUSED_TITLES = [
  'Elevated 5xx after deploy',
  'Latency regression after release',
  'Crash loop on new version',
  'Bad config shipped',
  'Migration locked a hot table',
  'Feature flag default flipped',
] as const;

const OTHER_TITLES = [
  'Upstream provider degraded',
  'Database failover',
  'Certificate expired',
  'Queue backlog growing',
  'Traffic spike from a partner',
  'Disk full on a node',
  'DNS resolution failures',
  'Stale cache served',
] as const;

export function pickSeverity(rng: Rng, weights: SeverityWeights): (typeof SEVERITIES)[number] {
  return rng.weighted(SEVERITIES.map((s, i) => [s, weights[i]!] as const));
}

export interface NewIncident {
  record: IncidentRecord;
  startedAt: number;
  detectedAt: number;
  /** When it would resolve on its own (no rollback or hotfix). */
  naturalEnd: number;
}

export function newIncident(
  rng: Rng,
  id: string,
  service: string,
  startedAt: number,
  weights: SeverityWeights,
  causedBy: string | undefined,
): NewIncident {
  const severity = pickSeverity(rng, weights);
  const detectedAt = sec(startedAt + Math.max(MINUTE, rng.lognormal(6, 0.8) * MINUTE));
  const naturalEnd = sec(detectedAt + Math.max(10 * MINUTE, rng.lognormal(RESOLVE_HOURS[severity], 0.7) * HOUR));
  const title = `${service}: ${rng.pick(causedBy === undefined ? OTHER_TITLES : CAUSED_TITLES)}`;
  const record: IncidentRecord = {
    kind: 'incident',
    id,
    service,
    startedAt: iso(startedAt),
    detectedAt: iso(detectedAt),
    severity,
    title,
  };
  if (causedBy !== undefined) record.causedBy = causedBy;
  return { record, startedAt, detectedAt, naturalEnd };
}

/** Marks the incident resolved at `at`, unless that is after the anchor (then it stays open). */
export function resolve(incident: IncidentRecord, at: number, anchor: number): void {
  if (at < anchor && incident.resolvedAt === undefined) incident.resolvedAt = iso(at);
}
