/**
 * The moments the demo's story hangs on (spec/demo.md, "People and situations"), derived from the
 * anchor alone so evidence, reviews and browser tests can cite them without generating the data.
 */
import { hash32 } from './random.js';
import { Zone, iso, weekday } from './zone.js';

export interface Situations {
  /** Amara's rollout automation ships on deploy-pipeline: its change failure rate drops after it. */
  rolloutAutomationAt: number;
  /** Amara's alert tuning on observability: Platform's pages per shift fall after it. */
  alertTuningAt: number;
  /** Payments is incident-heavy before this moment (the first half of the demo year). */
  paymentsSettledAt: number;
  /** Start of the payments-api error-budget burn episode, about ten days before the anchor. */
  paymentsBurnAt: number;
  /** The change ids of Amara's two pieces of work, fixed so evidence can link to them. */
  rolloutAutomationChange: string;
  alertTuningChange: string;
}

/** A Tuesday (or the next working day) `daysBefore` the anchor, at `minute` local time in `zone`. */
function workingDayBefore(anchor: number, daysBefore: number, zone: Zone, minute: number): number {
  let day = zone.localDay(anchor) - daysBefore;
  while (weekday(day) !== 2) day--;
  return zone.toUtc(day, minute);
}

/** A commit-sha-looking id that depends only on a label. */
export function fixedSha(label: string): string {
  let out = '';
  for (let i = 0; out.length < 40; i++) out += hash32(`${label}#${i}`).toString(16).padStart(8, '0');
  return out.slice(0, 40);
}

export function situationsFor(anchor: number): Situations {
  const london = new Zone('Europe/London');
  const berlin = new Zone('Europe/Berlin');
  return {
    rolloutAutomationAt: workingDayBefore(anchor, 182, london, 11 * 60),
    alertTuningAt: workingDayBefore(anchor, 120, london, 14 * 60 + 30),
    paymentsSettledAt: workingDayBefore(anchor, 182, berlin, 9 * 60),
    paymentsBurnAt: berlin.toUtc(berlin.localDay(anchor) - 10, 14 * 60 + 12),
    rolloutAutomationChange: fixedSha('lumen:rollout-automation'),
    alertTuningChange: fixedSha('lumen:alert-tuning'),
  };
}

/** The situations as ISO strings, for code outside the generator (evidence seeds, tests). */
export function demoSituations(anchor: number): Record<keyof Situations, string> {
  const s = situationsFor(anchor);
  return {
    rolloutAutomationAt: iso(s.rolloutAutomationAt),
    alertTuningAt: iso(s.alertTuningAt),
    paymentsSettledAt: iso(s.paymentsSettledAt),
    paymentsBurnAt: iso(s.paymentsBurnAt),
    rolloutAutomationChange: s.rolloutAutomationChange,
    alertTuningChange: s.alertTuningChange,
  };
}
