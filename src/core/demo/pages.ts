/**
 * Pages (interruptions) to whoever is on call. Noise is a property of a team's alerts, not of a
 * person: a noisy rota pages often, at night, and mostly for nothing actionable — which is what
 * the sustainable-work signals and the alert-noise view are there to show.
 */
import type { RecordOf } from '../records/schemas.js';
import type { Rng } from './random.js';
import type { Shift } from './oncall.js';
import { HOUR, MINUTE, Zone, isWeekend, iso } from './zone.js';
import { sec } from './changes.js';
import { alertFor } from './alerts.js';

export interface PagerProfile {
  team: string;
  /** Services that page; the first pages most. */
  services: readonly string[];
  pagesPerWeekAt(t: number): number;
  actionableAt(t: number): number;
  /** Relative weight of a night hour (22:00–07:00 local) against a working hour's 3. */
  nightWeight: number;
}

/** Alerts follow traffic and batch jobs: most in working hours, fewer in the evening and night. */
function hourWeight(zone: Zone, at: number, nightWeight: number): number {
  const minute = zone.localMinute(at);
  if (minute < 7 * 60 || minute >= 22 * 60) return nightWeight;
  if (isWeekend(zone.localDay(at))) return 1;
  return minute >= 9 * 60 && minute < 18 * 60 ? 3 : 1.5;
}

export function pagesForShift(
  p: PagerProfile,
  shift: Shift,
  rng: Rng,
  zone: Zone,
  anchor: number,
  nextId: () => string,
): RecordOf<'page'>[] {
  const mid = (shift.start + shift.end) / 2;
  const n = rng.poisson((p.pagesPerWeekAt(mid) * (shift.end - shift.start)) / (7 * 24 * HOUR));
  const maxWeight = Math.max(3, p.nightWeight);
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    let at = rng.float(shift.start, shift.end);
    for (let tries = 0; tries < 50 && !rng.chance(hourWeight(zone, at, p.nightWeight) / maxWeight); tries++) {
      at = rng.float(shift.start, shift.end);
    }
    if (at < anchor) times.push(sec(at));
  }
  times.sort((a, b) => a - b);
  return times.map((at) => page(p, rng, at, shift.person, nextId(), anchor));
}

function page(p: PagerProfile, rng: Rng, at: number, person: string, id: string, anchor: number): RecordOf<'page'> {
  const actionable = rng.chance(p.actionableAt(at));
  const urgency = actionable || rng.chance(0.5) ? 'high' : 'low';
  const service = rng.weighted(p.services.map((s, i) => [s, i === 0 ? 3 : 1] as const));
  const record: RecordOf<'page'> = { kind: 'page', id, at: iso(at), person, service, urgency, actionable, alert: alertFor(service, actionable, id) };
  // A third of the noise is flapping: the alert clears itself within minutes, often unacknowledged.
  if (!actionable && rng.chance(0.35)) {
    const afterSeconds = rng.int(60, 290);
    const resolvedAt = sec(at + afterSeconds * 1000);
    if (rng.chance(0.5) && resolvedAt < anchor) record.acknowledgedAt = iso(sec(at + rng.int(15, afterSeconds - 5) * 1000));
    if (resolvedAt < anchor) record.resolvedAt = iso(resolvedAt);
    return record;
  }
  const ackAt = sec(at + Math.max(20_000, rng.lognormal(urgency === 'high' ? 3 : 12, 0.8) * MINUTE));
  const resolvedAt = sec(ackAt + Math.max(MINUTE, rng.lognormal(actionable ? 45 : 10, 0.9) * MINUTE));
  if (ackAt < anchor) record.acknowledgedAt = iso(ackAt);
  if (resolvedAt < anchor) record.resolvedAt = iso(resolvedAt);
  return record;
}
