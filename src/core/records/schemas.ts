/**
 * The record import contract (DESIGN.md, "Records"), written once with zod. The CLI importer,
 * the HTTP API, OpenAPI and the exporter all use these schemas, so a field is added in one place.
 *
 * Objects are strict: an unknown field is far more often a typo ("commitedAt") than data, and a
 * typo silently dropped would be a lost lead time.
 */
import { z } from 'zod';
import { recordKinds } from './record-kinds.js';

const id = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
/** ISO 8601 with an offset ("Z" or "+01:00"): a time without a zone is ambiguous across teams. */
const instant = z.iso.datetime({ offset: true, message: 'must be an ISO 8601 time with an offset, e.g. 2024-03-04T09:00:00Z' });
const day = z.iso.date({ message: 'must be a date, e.g. 2024-03-04' });
const text = z.string().max(2000, 'must be at most 2000 characters');
/**
 * Where a person can open the record at its source (the commit, pull request, deployment or
 * incident page), so a figure's events can be checked there. Only http(s): a `javascript:` or
 * `file:` address in imported data must never become a link on a page.
 */
const url = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine(isWebAddress, { message: 'must be an http(s) URL, e.g. https://github.com/acme/checkout/commit/3f2a…' });

/** An absolute http(s) address with a host: the only kind of `url` a record may carry. */
export function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const parsed = new URL(value);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
const timeZone = z.string().refine(isTimeZone, { message: 'must be an IANA time zone, e.g. Europe/Berlin' });
const workingHours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must look like 09:00-17:00');

export const teamRecord = z.strictObject({
  kind: z.literal('team'),
  id,
  name: text.min(1, 'must not be empty'),
  parent: id.optional(),
  timezone: timeZone.optional(),
});

export const personRecord = z.strictObject({
  kind: z.literal('person'),
  id,
  name: text.min(1, 'must not be empty'),
  email: z.email({ message: 'must be an email address' }).optional(),
  team: id.optional(),
  manager: id.optional(),
  level: text.optional(),
  track: text.optional(),
  timezone: timeZone.optional(),
  workingHours: workingHours.optional(),
  startDate: day.optional(),
  active: z.boolean().optional(),
});

export const serviceRecord = z.strictObject({
  kind: z.literal('service'),
  id,
  name: text.min(1, 'must not be empty'),
  team: id,
});

export const changeRecord = z.strictObject({
  kind: z.literal('change'),
  id,
  service: id,
  committedAt: instant,
  authoredAt: instant.optional(),
  mergedAt: instant.optional(),
  author: text.optional(),
  isMerge: z.boolean().optional(),
  revertOf: id.optional(),
  deployment: id.optional(),
  url: url.optional(),
});

export const deploymentRecord = z.strictObject({
  kind: z.literal('deployment'),
  id,
  service: id,
  finishedAt: instant,
  environment: id.optional(),
  status: z.enum(['success', 'failure']).optional(),
  commit: id.optional(),
  changes: z.array(id).max(100_000).optional(),
  rollbackOf: id.optional(),
  remediates: id.optional(),
  url: url.optional(),
});

export const incidentRecord = z.strictObject({
  kind: z.literal('incident'),
  id,
  service: id,
  startedAt: instant,
  detectedAt: instant.optional(),
  resolvedAt: instant.optional(),
  severity: text.optional(),
  causedBy: id.optional(),
  title: text.optional(),
  /** People who worked the incident (person ids): "incidents worked" on their own load page. */
  participants: z.array(id).max(1000).optional(),
  /** Link to the postmortem (any URL: a wiki page, a document, an issue). */
  postmortem: z.url({ message: 'must be a URL, e.g. https://wiki.example/postmortems/123' }).max(2000, 'must be at most 2000 characters').optional(),
  /**
   * What caused it, as a short label teams reuse ("connection pool exhaustion"): two incidents of
   * one service with the same cause close together are a repeat (core/reliability/repeats.ts).
   */
  cause: text.optional(),
  url: url.optional(),
});

export const pageRecord = z.strictObject({
  kind: z.literal('page'),
  id,
  at: instant,
  person: id.optional(),
  service: id.optional(),
  acknowledgedAt: instant.optional(),
  resolvedAt: instant.optional(),
  urgency: text.optional(),
  actionable: z.boolean().optional(),
  /** The alert (rule) that paged, so a noisy alert can be found and tuned. */
  alert: text.optional(),
});

export const oncallShiftRecord = z.strictObject({
  kind: z.literal('oncall_shift'),
  id,
  person: id,
  start: instant,
  end: instant,
  schedule: text.optional(),
});

/**
 * A pull request (GitHub) or merge request (GitLab): when it opened, who reviewed and merged it,
 * and when. It exists for team-level context — how long a team's PRs wait on the own team vs
 * other teams (core/delivery/friction.ts) — never to rate the people in it. `author`,
 * `firstReviewer` and `mergedBy` are person ids, used only to find their team.
 * `firstReviewAt` is the first review by someone other than the author (GitHub's first
 * submitted review; GitLab's first approval).
 */
export const pullRequestRecord = z.strictObject({
  kind: z.literal('pull_request'),
  id,
  service: id,
  openedAt: instant,
  author: id.optional(),
  firstReviewAt: instant.optional(),
  firstReviewer: id.optional(),
  mergedAt: instant.optional(),
  mergedBy: id.optional(),
  closedAt: instant.optional(),
  title: text.optional(),
  url: url.optional(),
});

const count = z.number().int('must be a whole number').min(0, 'must not be negative').max(Number.MAX_SAFE_INTEGER);

export const sliRecord = z.strictObject({
  kind: z.literal('sli'),
  slo: id,
  at: instant,
  good: count,
  total: count,
});

export const recordSchema = z.discriminatedUnion('kind', [
  teamRecord,
  personRecord,
  serviceRecord,
  changeRecord,
  deploymentRecord,
  incidentRecord,
  pageRecord,
  oncallShiftRecord,
  sliRecord,
  pullRequestRecord,
]);

export type TrellisRecord = z.infer<typeof recordSchema>;
export type RecordKind = TrellisRecord['kind'];
export type RecordOf<K extends RecordKind> = Extract<TrellisRecord, { kind: K }>;

export { recordKinds };

/** The kinds listed in record-kinds.ts are exactly the kinds the schemas define. */
type SameUnion<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
void (true satisfies SameUnion<(typeof recordKinds)[number], RecordKind>);

export const schemaByKind = {
  team: teamRecord,
  person: personRecord,
  service: serviceRecord,
  change: changeRecord,
  deployment: deploymentRecord,
  incident: incidentRecord,
  page: pageRecord,
  oncall_shift: oncallShiftRecord,
  sli: sliRecord,
  pull_request: pullRequestRecord,
} as const;

/** The stable identity of a record: importing a record with the same identity updates it. */
export function recordIdentity(r: TrellisRecord): string {
  return r.kind === 'sli' ? `${r.slo}@${Date.parse(r.at)}` : r.id;
}
