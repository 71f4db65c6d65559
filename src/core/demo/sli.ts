/**
 * Per-minute SLI slices (integer good/total) for the demo's SLOs. Traffic follows the day in
 * the service's zone, so budgets burn faster at the peak; the story adds a payments-api burn
 * episode about ten days ago (with the ledger going stale behind it) and a search latency SLO
 * that burns slowly and a little faster each week.
 */
import type { RecordOf } from '../records/schemas.js';
import type { Rng } from './random.js';
import type { Situations } from './situations.js';
import { DAY, MINUTE, Zone, isWeekend, iso } from './zone.js';

export interface SloSpec {
  id: string;
  service: string;
  /** Zone of the traffic's daily shape. */
  timezone: string;
  /** Requests per minute at the daily peak, or the constant number of probes for a probe SLI. */
  perMinute: number;
  probe: boolean;
  /** The share of bad events in the minute starting at `t`. */
  badRatio(t: number, rng: Rng): number;
}

/** What the published SLO documents say (data/openslo/lumen-freight.yaml; a test keeps them in step). */
export const DEMO_SLOS = [
  { id: 'payments-api-availability', service: 'payments-api', target: 0.999, budgeting: 'Occurrences', window: '30d rolling' },
  { id: 'search-api-latency', service: 'search-api', target: 0.98, budgeting: 'Timeslices', timeSliceTarget: 0.95, timeSliceWindow: '1m', window: '28d rolling' },
  { id: 'auth-service-availability', service: 'auth-service', target: 0.9995, budgeting: 'Occurrences', window: '30d rolling' },
  { id: 'web-frontend-availability', service: 'web-frontend', target: 0.999, budgeting: 'Occurrences', window: '1M calendar Europe/Berlin' },
  { id: 'ledger-freshness', service: 'ledger', target: 0.995, budgeting: 'Occurrences', window: '30d rolling' },
  { id: 'mobile-bff-availability', service: 'mobile-bff', target: 0.999, budgeting: 'Occurrences', window: '30d rolling' },
] as const;

/** A bad-ratio function: `base`, except during the given [start, start + minutes) episodes. */
function withEpisodes(base: number, episodes: readonly (readonly [number, number, number])[]) {
  return (t: number): number => {
    for (const [start, minutes, ratio] of episodes) if (t >= start && t < start + minutes * MINUTE) return ratio;
    return base;
  };
}

export function demoSloSpecs(s: Situations, anchor: number, zoneOf: (service: string) => string): SloSpec[] {
  const at = (daysAgo: number, hour: number) => Math.floor(anchor / DAY - daysAgo) * DAY + hour * 3_600_000;
  const searchStart = anchor - 35 * DAY;
  const spec = (id: string, service: string, perMinute: number, badRatio: SloSpec['badRatio'], probe = false): SloSpec => ({
    id,
    service,
    timezone: zoneOf(service),
    perMinute,
    probe,
    badRatio,
  });
  return [
    spec('payments-api-availability', 'payments-api', 1000, withEpisodes(0.00025, [[s.paymentsBurnAt, 204, 0.06]])),
    spec('search-api-latency', 'search-api', 400, (t, rng) => {
      // A slow regression: ever more minutes miss the latency threshold.
      const progress = Math.min(1, Math.max(0, (t - searchStart) / (anchor - searchStart)));
      return rng.chance(0.004 + 0.018 * progress) ? rng.float(0.07, 0.2) : 0.008;
    }),
    spec('auth-service-availability', 'auth-service', 2000, () => 0.00004),
    spec('web-frontend-availability', 'web-frontend', 1500, withEpisodes(0.0003, [[at(23, 10), 20, 0.03], [at(4, 14.5), 20, 0.03]])),
    spec('ledger-freshness', 'ledger', 6, withEpisodes(0.0005, [[s.paymentsBurnAt + 40 * MINUTE, 90, 1]]), true),
    spec('mobile-bff-availability', 'mobile-bff', 700, withEpisodes(0.0004, [[at(17, 18), 45, 0.02]])),
  ];
}

/** Share of the peak at a local minute of the day: low at 04:00, highest around 16:00. */
export function dailyShape(localMinute: number): number {
  return 0.15 + 0.85 * (0.5 - 0.5 * Math.cos((2 * Math.PI * (localMinute / 60 - 4)) / 24));
}

/** One slice per minute in [start, anchor). */
export function* sliSlices(spec: SloSpec, rng: Rng, zone: Zone, start: number, anchor: number): Generator<RecordOf<'sli'>> {
  for (let t = Math.floor(start / MINUTE) * MINUTE; t < anchor; t += MINUTE) {
    let total = spec.perMinute;
    if (!spec.probe) {
      const mean = spec.perMinute * dailyShape(zone.localMinute(t)) * (isWeekend(zone.localDay(t)) ? 0.7 : 1);
      total = Math.max(0, Math.round(rng.normal(mean, Math.sqrt(mean))));
    }
    const bad = rng.binomial(total, Math.min(1, spec.badRatio(t, rng)));
    yield { kind: 'sli', slo: spec.id, at: iso(t), good: total - bad, total };
  }
}
