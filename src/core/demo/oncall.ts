/**
 * Weekly on-call rotations: Monday 09:00 to Monday 09:00 in the team's zone, round the team's
 * engineers, with the swaps real rotas have. A "go-to" person (Dev Patel on Payments) covers a
 * share of other people's weeks: that is how load concentrates on one person in practice.
 *
 * The rota is a pure function of its inputs, so pages and shifts can each recompute it
 * instead of holding every team's rota in memory.
 */
import type { RecordOf } from '../records/schemas.js';
import { SteadyChance, type Rng } from './random.js';
import { Zone, iso, weekday } from './zone.js';

export interface RotaSpec {
  team: string;
  timezone: string;
  /** Person ids on the rota. */
  engineers: readonly string[];
  /** Someone who takes over a share of other people's weeks. */
  goTo?: { person: string; share: number };
}

export interface Shift {
  start: number;
  end: number;
  person: string;
}

/** Weekly shifts covering [from, anchor): the first starts on the Monday at or before `from`. */
export function rota(spec: RotaSpec, rng: Rng, zone: Zone, from: number, anchor: number): Shift[] {
  const order = rng.shuffle([...spec.engineers].sort());
  if (order.length === 0) return [];
  let day = zone.localDay(from);
  while (weekday(day) !== 1 || zone.toUtc(day, 9 * 60) > from) day--;
  const shifts: Shift[] = [];
  const covers = new SteadyChance(rng.fork('covers'));
  for (let week = 0; ; week++, day += 7) {
    const start = zone.toUtc(day, 9 * 60);
    if (start >= anchor) break;
    let person = order[week % order.length]!;
    if (spec.goTo !== undefined && covers.next(spec.goTo.share)) person = spec.goTo.person;
    else if (rng.chance(0.08)) person = rng.pick(order);
    shifts.push({ start, end: zone.toUtc(day + 7, 9 * 60), person });
  }
  return shifts;
}

export function shiftRecords(spec: RotaSpec, shifts: readonly Shift[]): RecordOf<'oncall_shift'>[] {
  return shifts.map((s, i) => ({
    kind: 'oncall_shift',
    id: `shift-${spec.team}-${i + 1}`,
    person: s.person,
    start: iso(s.start),
    end: iso(s.end),
    schedule: `${spec.team}-primary`,
  }));
}
