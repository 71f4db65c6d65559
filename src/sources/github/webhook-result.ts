/**
 * What every webhook mapping returns: the Trellis records an event means, and why anything in it
 * was left out. Leaving an event out is an expected outcome (a queued deployment, a tag push), so
 * it is a value with a reason the sender's delivery log can show — never an exception.
 *
 * Shared by the GitHub, GitLab, PagerDuty and Opsgenie mappings; it lives with GitHub, the first.
 */
import type { z } from 'zod';
import type { TrellisRecord } from '../../core/records/schemas.js';

export interface MapResult {
  records: TrellisRecord[];
  ignored: string[];
}

export const ignored = (reason: string): MapResult => ({ records: [], ignored: [reason] });
export const mapped = (records: TrellisRecord[], skipped: string[] = []): MapResult => ({ records, ignored: skipped });

/** Validate a payload with a tolerant schema; a payload we do not understand is ignored, with the first problems named. */
export function parsePayload<T>(schema: z.ZodType<T>, body: unknown, what: string): { ok: true; value: T } | { ok: false; result: MapResult } {
  const parsed = schema.safeParse(body);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`);
  return { ok: false, result: ignored(`${what} payload not understood (${problems.join('; ')})`) };
}

/**
 * A canonical UTC time (`2024-03-04T09:00:00.000Z`) from the formats these senders use: ISO 8601,
 * and GitLab's `2021-04-28 21:50:00 +0200` / `2021-04-28 21:50:00 UTC`. Undefined when unreadable.
 */
export function utc(text: string): string | undefined {
  const gitlab = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d) (UTC|[+-]\d\d:?\d\d)$/.exec(text);
  const iso = gitlab ? `${gitlab[1]}T${gitlab[2]}${gitlab[3] === 'UTC' ? 'Z' : `${gitlab[3]!.slice(0, 3)}:${gitlab[3]!.slice(-2)}`}` : text;
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(iso)) return undefined;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** `git revert` writes "This reverts commit <sha>." into the message: the commit it undoes. */
export function revertOf(message: string): string | undefined {
  return /This reverts commit ([0-9a-f]{7,40})/i.exec(message)?.[1]?.toLowerCase();
}

/** Git's all-zero object id: the `after` of a deleted branch or tag. */
export const zeroSha = /^0+$/;

/** Why an event was left out because nobody said which Trellis service it belongs to. */
export const unmapped = (what: string, name: string): string => `${what} "${name}" is not mapped to a Trellis service (TRELLIS_WEBHOOK_SERVICES)`;
