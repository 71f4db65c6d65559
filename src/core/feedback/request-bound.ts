/**
 * The bound on peer feedback (spec/people.md: "a small number per cycle"): a person is asked for
 * peer feedback by at most `limit` colleagues per cycle, counting every request already sent,
 * answered or not. A request that would pass the bound is refused whole, with the numbers.
 */
import { ok, refuse, type Outcome } from '../review/outcome.js';
import type { RequestedKind } from './kinds.js';

export interface RequestFacts {
  kind: RequestedKind;
  subject: { id: string; name: string };
  /** People asked, as typed by the requester. */
  writers: readonly string[];
  /** Writers already asked for this subject, kind and cycle. */
  alreadyAsked: ReadonlySet<string>;
  /** Requests of this kind already sent for this subject and cycle. */
  used: number;
  limit: number;
  /** The subject's direct reports (upward feedback is asked of them only). */
  reports: ReadonlySet<string>;
  /** Ids of people who exist and are active. */
  known: ReadonlySet<string>;
}

/** The writers to ask (trimmed, without repeats), or a refusal naming the problem. */
export function checkRequest(f: RequestFacts): Outcome<string[]> {
  const writers = [...new Set(f.writers.map((w) => w.trim()).filter((w) => w !== ''))];
  if (writers.length === 0) return refuse('writers: name at least one colleague to ask');
  // A full bound is the one thing to say, whoever was named.
  if (f.kind === 'peer' && f.used >= f.limit) return refuse(boundReason(f, writers.length));
  for (const [i, w] of writers.entries()) {
    if (!f.known.has(w)) return refuse(`writers[${i}]: no active person with id "${w}"`);
    if (w === f.subject.id) return refuse(`writers[${i}]: ${f.subject.name} cannot be asked for feedback about themselves; write a self review instead`);
    if (f.alreadyAsked.has(w)) return refuse(`writers[${i}]: "${w}" has already been asked for ${f.kind} feedback about ${f.subject.name} in this cycle`);
    if (f.kind === 'upward' && !f.reports.has(w)) return refuse(`writers[${i}]: upward feedback about ${f.subject.name} is asked of their reports; "${w}" does not report to them`);
  }
  if (f.kind === 'peer' && f.used + writers.length > f.limit) return refuse(boundReason(f, writers.length));
  return ok(writers);
}

function boundReason(f: RequestFacts, asked: number): string {
  const left = Math.max(0, f.limit - f.used);
  return `${f.subject.name} already has ${f.used} of ${f.limit} peer feedback requests in this cycle; ${left === 0 ? 'no more can be sent' : `only ${left} more can be sent`} (asked for ${asked}). The bound keeps peer feedback to a few people who know the work.`;
}
