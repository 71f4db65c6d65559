/**
 * Planned production deploy times of a service: in the team's working hours on working days,
 * following its cadence. Deploys set off by failures (rollbacks, hotfixes, reverts) are not
 * planned; the simulation adds them.
 */
import type { Rng } from './random.js';
import type { Cadence } from './shapes.js';
import { DAY, Zone, isWeekend, weekday } from './zone.js';
import { sec } from './changes.js';

/** Deploy hours: 09:30–17:30 local, the window most teams allow deploys in. */
function deployMinute(rng: Rng): number {
  return rng.int(9 * 60 + 30, 17 * 60 + 30);
}

/** Sorted planned deploy instants in [from, to). */
export function plannedDeploys(cadence: Cadence, rng: Rng, zone: Zone, from: number, to: number): number[] {
  const out: number[] = [];
  for (let day = zone.localDay(from); day <= zone.localDay(to); day++) {
    for (const minute of deployMinutesOn(cadence, rng, day)) {
      const at = sec(zone.toUtc(day, minute) + rng.int(0, 59) * 1000);
      if (at >= from && at < to) out.push(at);
    }
  }
  return out.sort((a, b) => a - b);
}

function deployMinutesOn(cadence: Cadence, rng: Rng, day: number): number[] {
  switch (cadence.kind) {
    case 'daily': {
      // Weekends see the odd urgent deploy, far fewer than weekdays.
      const n = rng.poisson(cadence.perDay * (isWeekend(day) ? 0.03 : 1));
      return Array.from({ length: n }, () => deployMinute(rng));
    }
    case 'weekly':
      return weekday(day) === cadence.weekday && !rng.chance(cadence.skip) ? [rng.int(10 * 60, 15 * 60)] : [];
    case 'monthly': {
      const dayOfMonth = new Date(day * DAY).getUTCDate();
      const nth = Math.ceil(dayOfMonth / 7);
      return weekday(day) === cadence.weekday && nth === cadence.nth ? [rng.int(11 * 60, 14 * 60)] : [];
    }
  }
}
