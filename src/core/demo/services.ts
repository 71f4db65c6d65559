/**
 * Service profiles: a delivery shape plus the story's twists over time. Lumen Freight's 20
 * services (spec/demo.md) are listed here; the large organisation builds its own from SHAPES.
 */
import { SHAPES, type Cadence, type SeverityWeights, type Shape, type ShapeName } from './shapes.js';
import type { Situations } from './situations.js';
import { demoPerson } from './lumen.js';

/** A piece of work with a known id that ships on a known day (the evidence links to it). */
export interface Milestone {
  at: number;
  changeId: string;
  /** As written in the change's `author`: the person's email, like git. */
  author: string;
}

export interface ServiceProfile {
  id: string;
  team: string;
  timezone: string;
  shape: Shape;
  failureRateAt(t: number): number;
  incidentsPerMonthAt(t: number): number;
  severityAt(t: number): SeverityWeights;
  milestones: readonly Milestone[];
}

interface Twists {
  failureRateAt?: (t: number) => number;
  incidentsPerMonthAt?: (t: number) => number;
  severityAt?: (t: number) => SeverityWeights;
  milestones?: readonly Milestone[];
}

export function serviceProfile(
  id: string,
  team: string,
  timezone: string,
  shape: Shape,
  twists: Twists = {},
): ServiceProfile {
  return {
    id,
    team,
    timezone,
    shape,
    failureRateAt: twists.failureRateAt ?? (() => shape.failureRate),
    incidentsPerMonthAt: twists.incidentsPerMonthAt ?? (() => shape.incidentsPerMonth),
    severityAt: twists.severityAt ?? (() => shape.severity),
    milestones: twists.milestones ?? [],
  };
}

function like(name: ShapeName, overrides: Partial<Shape> = {}, cadence?: Partial<Cadence>): Shape {
  const base: Shape = SHAPES[name];
  return { ...base, ...overrides, cadence: { ...base.cadence, ...cadence } as Cadence };
}

/** Before/after a moment: the simplest twist, and the one the evidence measures. */
const step = (at: number, before: number, after: number) => (t: number) => (t < at ? before : after);

/** Lumen Freight's services with their teams, shapes and situations. */
export function lumenServices(s: Situations, zoneOf: (team: string) => string): ServiceProfile[] {
  const amara = demoPerson('amara-okafor').email;
  const svc = (id: string, team: string, shape: Shape, twists?: Twists) =>
    serviceProfile(id, team, zoneOf(team), shape, twists);
  const paymentsHeavy = (before: number, after: number): Twists => ({
    failureRateAt: step(s.paymentsSettledAt, before, after),
    incidentsPerMonthAt: step(s.paymentsSettledAt, 3, 0.5),
    severityAt: (t) => (t < s.paymentsSettledAt ? [6, 22, 40, 32] : [1, 8, 40, 51]),
  });
  return [
    svc('deploy-pipeline', 'platform', like('continuous', { changesPerDay: 10 }, { perDay: 4 }), {
      failureRateAt: step(s.rolloutAutomationAt, 0.21, 0.065),
      milestones: [{ at: s.rolloutAutomationAt, changeId: s.rolloutAutomationChange, author: amara }],
    }),
    svc('cluster', 'platform', like('continuous', { changesPerDay: 5, failureRate: 0.07 }, { perDay: 2 })),
    svc('observability', 'platform', like('continuous', { changesPerDay: 6, failureRate: 0.06 }, { perDay: 2.5 }), {
      milestones: [{ at: s.alertTuningAt, changeId: s.alertTuningChange, author: amara }],
    }),
    svc('payments-api', 'payments', like('daily', { changesPerDay: 6 }, { perDay: 1.2 }), paymentsHeavy(0.17, 0.07)),
    svc('ledger', 'payments', like('daily', { changesPerDay: 3 }, { perDay: 1 }), paymentsHeavy(0.13, 0.06)),
    svc('billing-worker', 'payments', like('daily', { changesPerDay: 3 }, { perDay: 0.9 }), paymentsHeavy(0.12, 0.06)),
    svc('search-api', 'search', like('weekly', { changesPerDay: 4 }, { weekday: 3 })),
    svc('indexer', 'search', like('weekly', { changesPerDay: 2 }, { weekday: 4 })),
    svc('auth-service', 'identity', like('dailyToWeekly', { changesPerDay: 2.5, failureRate: 0.025, incidentsPerMonth: 0.08 }, { perDay: 0.5 })),
    svc('user-profile', 'identity', like('dailyToWeekly', { failureRate: 0.03, incidentsPerMonth: 0.08 }, { perDay: 0.35 })),
    svc('ios-app', 'mobile', like('monthlyApp', {}, { weekday: 2 })),
    svc('android-app', 'mobile', like('monthlyApp', {}, { weekday: 3 })),
    svc('mobile-bff', 'mobile', like('continuous', { changesPerDay: 5 }, { perDay: 2 })),
    svc('ingest-pipeline', 'data', like('weeklyLongLead', {}, { weekday: 1 })),
    svc('warehouse', 'data', like('weeklyLongLead', { reviewHours: 100 }, { weekday: 2 })),
    svc('web-frontend', 'growth', like('onDemandReverts', { changesPerDay: 8, failureRate: 0.2 }, { perDay: 5 })),
    svc('experiments', 'growth', like('onDemandReverts', { changesPerDay: 5 }, { perDay: 3 })),
    svc('incident-bot', 'sre', like('weekly', { changesPerDay: 1.5 }, { weekday: 2 })),
    svc('status-page', 'sre', like('weekly', { changesPerDay: 1 }, { weekday: 4 })),
  ];
}
