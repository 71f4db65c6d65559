/**
 * A service's ordinary changes: commits in the authors' working hours, merged after review.
 * Lead time is born here — review time is what makes Data's changes take days and Growth's
 * take an hour — so it is drawn per shape rather than fixed.
 */
import type { RecordOf } from '../records/schemas.js';
import type { Rng } from './random.js';
import type { ServiceProfile } from './services.js';
import { HOUR, MINUTE, Zone, isWeekend, iso } from './zone.js';

export interface PendingChange {
  id: string;
  committedAt: number;
  authoredAt: number;
  mergedAt: number;
  author: string;
  isMerge: boolean;
  revertOf?: string;
}

/** Whole seconds: the record format keeps no milliseconds, and comparisons must agree with it. */
export function sec(ms: number): number {
  return Math.floor(ms / 1000) * 1000;
}

/** A time of day for work: mostly mid-day, now and then early or late. */
export function workMinute(rng: Rng): number {
  return Math.round(Math.min(22 * 60, Math.max(7 * 60, rng.normal(13.5 * 60, 150))));
}

/** Ordinary changes committed in [from, to), sorted by merge time (the order CI makes them deployable). */
export function ordinaryChanges(
  p: ServiceProfile,
  rng: Rng,
  zone: Zone,
  from: number,
  to: number,
  authors: readonly string[],
): PendingChange[] {
  const out: PendingChange[] = [];
  const { changesPerDay, reviewHours, reviewSigma } = p.shape;
  for (let day = zone.localDay(from); day <= zone.localDay(to); day++) {
    const n = rng.poisson(changesPerDay * (isWeekend(day) ? 0.04 : 1));
    for (let i = 0; i < n; i++) {
      const committedAt = sec(zone.toUtc(day, workMinute(rng)) + rng.int(0, 59) * 1000);
      if (committedAt < from || committedAt >= to) continue;
      const isMerge = rng.chance(0.04);
      out.push({
        id: rng.hex(40),
        committedAt,
        authoredAt: isMerge ? committedAt : sec(committedAt - rng.lognormal(40, 1) * MINUTE),
        mergedAt: sec(committedAt + (isMerge ? rng.int(1, 10) * MINUTE : Math.max(5 * MINUTE, rng.lognormal(reviewHours, reviewSigma) * HOUR))),
        author: rng.pick(authors),
        isMerge,
      });
    }
  }
  return out.sort((a, b) => a.mergedAt - b.mergedAt);
}

/** The change record; `mergedAt` is left out while the change is still open at the anchor. */
export function changeRecord(service: string, c: PendingChange, anchor: number): RecordOf<'change'> {
  const r: RecordOf<'change'> = {
    kind: 'change',
    id: c.id,
    service,
    committedAt: iso(c.committedAt),
    authoredAt: iso(c.authoredAt),
    author: c.author,
  };
  if (c.mergedAt < anchor) r.mergedAt = iso(c.mergedAt);
  if (c.isMerge) r.isMerge = true;
  if (c.revertOf !== undefined) r.revertOf = c.revertOf;
  return r;
}
