/**
 * What `trellis ingest github` and `trellis ingest gitlab` share on the command line: the
 * `--since` check, waiting out rate limits with a line saying so, progress lines, and the
 * "left out" part of the closing summary.
 */
import type { BackfillProgress } from '../../app/backfill-progress.js';
import { TrellisError } from '../../errors.js';
import { info } from '../output.js';

/** `--since` as a canonical ISO time, or undefined when not given; anything else is BAD_INPUT. */
export function sinceOption(since: string | undefined): string | undefined {
  if (since === undefined) return undefined;
  if (!/^\d{4}-\d\d-\d\d(T[\d:.]+(Z|[+-]\d\d:\d\d)?)?$/.test(since) || Number.isNaN(Date.parse(since))) {
    throw new TrellisError('BAD_INPUT', `--since "${since}" is not an ISO 8601 time`);
  }
  return new Date(since).toISOString();
}

/** The client's sleep while a rate limit resets: says how long it waits, then waits. */
export function waitOutRateLimit(label: string, source: string): (ms: number) => Promise<void> {
  return (ms) => {
    info(`${label}: ${source} rate limit reached; waiting ${Math.ceil(ms / 1000)} s`);
    return new Promise((resolve) => setTimeout(resolve, ms));
  };
}

/** A progress line at most every few seconds, so a long backfill shows it is moving. */
export function progressLines(label: string, everyMs = 3000, now: () => number = Date.now): BackfillProgress {
  let last = now();
  return (kind, count) => {
    if (now() - last < everyMs) return;
    last = now();
    info(`${label}: ${count.toLocaleString('en')} ${kind} read…`);
  };
}

/** "; 3 left out (reason; reason; reason; …)", or nothing when nothing was left out. */
export function leftOutText(s: { skipped: number; skippedReasons: readonly string[] }): string {
  if (s.skipped === 0) return '';
  return `; ${s.skipped} left out (${s.skippedReasons.slice(0, 3).join('; ')}${s.skipped > 3 ? '; …' : ''})`;
}
