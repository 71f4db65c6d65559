/**
 * Delivery shapes: how often a kind of service deploys, how big and how slow its changes are,
 * and how it fails. The Lumen Freight services are these shapes with the story's twists; the
 * large benchmark organisation draws a mixture of them, so its per-service rates look real.
 */

/** When production deploys are planned (on-demand deploys for reverts and hotfixes come on top). */
export type Cadence =
  /** A Poisson number of deploys each working day, in working hours. */
  | { kind: 'daily'; perDay: number }
  /** One release a week on `weekday` (0 = Sunday), skipped now and then. */
  | { kind: 'weekly'; weekday: number; skip: number }
  /** App-store style: the `nth` `weekday` of each month. */
  | { kind: 'monthly'; weekday: number; nth: number };

/** Relative weights of how a failed deployment shows up. */
export interface FailureModes {
  rollback: number;
  incident: number;
  revert: number;
}

/** sev1..sev4 weights. */
export type SeverityWeights = readonly [number, number, number, number];

export interface Shape {
  cadence: Cadence;
  /** Mean changes committed per working day. */
  changesPerDay: number;
  /** Median hours from commit to merge, and the spread (log-normal sigma). */
  reviewHours: number;
  reviewSigma: number;
  /** Minutes from merge until a change can be deployed (CI). */
  ciMinutes: number;
  /** Share of production deploys preceded by a staging deploy, and how long before. */
  stagingShare: number;
  stagingLagHours: number;
  /** Share of deploy attempts that fail to go out (retried later). */
  failedAttemptRate: number;
  /** Share of successful production deploys that turn out to be failures. */
  failureRate: number;
  modes: FailureModes;
  /** Incidents per month not caused by any deployment (load, dependencies, data). */
  incidentsPerMonth: number;
  /** Share of incidents fixed by a hotfix deployment (`remediates`). */
  hotfixShare: number;
  severity: SeverityWeights;
}

const NORMAL_SEVERITY: SeverityWeights = [2, 10, 38, 50];

export const SHAPES = {
  continuous: {
    cadence: { kind: 'daily', perDay: 3 }, changesPerDay: 7, reviewHours: 2, reviewSigma: 0.9, ciMinutes: 20,
    stagingShare: 0.3, stagingLagHours: 0.7, failedAttemptRate: 0.04, failureRate: 0.08,
    modes: { rollback: 5, incident: 3, revert: 2 }, incidentsPerMonth: 0.4, hotfixShare: 0.3, severity: NORMAL_SEVERITY,
  },
  daily: {
    cadence: { kind: 'daily', perDay: 1 }, changesPerDay: 4, reviewHours: 4, reviewSigma: 0.9, ciMinutes: 30,
    stagingShare: 0.8, stagingLagHours: 2, failedAttemptRate: 0.05, failureRate: 0.1,
    modes: { rollback: 3, incident: 4, revert: 3 }, incidentsPerMonth: 0.5, hotfixShare: 0.35, severity: NORMAL_SEVERITY,
  },
  dailyToWeekly: {
    cadence: { kind: 'daily', perDay: 0.4 }, changesPerDay: 2, reviewHours: 6, reviewSigma: 0.9, ciMinutes: 30,
    stagingShare: 0.6, stagingLagHours: 3, failedAttemptRate: 0.03, failureRate: 0.05,
    modes: { rollback: 4, incident: 3, revert: 3 }, incidentsPerMonth: 0.2, hotfixShare: 0.3, severity: NORMAL_SEVERITY,
  },
  weekly: {
    cadence: { kind: 'weekly', weekday: 3, skip: 0.1 }, changesPerDay: 2.5, reviewHours: 10, reviewSigma: 1, ciMinutes: 45,
    stagingShare: 0.9, stagingLagHours: 5, failedAttemptRate: 0.06, failureRate: 0.12,
    modes: { rollback: 3, incident: 5, revert: 2 }, incidentsPerMonth: 0.4, hotfixShare: 0.5, severity: NORMAL_SEVERITY,
  },
  weeklyLongLead: {
    cadence: { kind: 'weekly', weekday: 1, skip: 0.15 }, changesPerDay: 2, reviewHours: 80, reviewSigma: 0.7, ciMinutes: 90,
    stagingShare: 0.6, stagingLagHours: 30, failedAttemptRate: 0.08, failureRate: 0.1,
    modes: { rollback: 2, incident: 5, revert: 3 }, incidentsPerMonth: 0.3, hotfixShare: 0.4, severity: NORMAL_SEVERITY,
  },
  monthlyApp: {
    cadence: { kind: 'monthly', weekday: 2, nth: 2 }, changesPerDay: 5, reviewHours: 8, reviewSigma: 1, ciMinutes: 60,
    stagingShare: 1, stagingLagHours: 120, failedAttemptRate: 0.1, failureRate: 0.15,
    modes: { rollback: 0, incident: 1, revert: 0 }, incidentsPerMonth: 0.2, hotfixShare: 0.8, severity: NORMAL_SEVERITY,
  },
  onDemandReverts: {
    cadence: { kind: 'daily', perDay: 4 }, changesPerDay: 6, reviewHours: 1, reviewSigma: 0.8, ciMinutes: 15,
    stagingShare: 0.1, stagingLagHours: 0.5, failedAttemptRate: 0.03, failureRate: 0.18,
    modes: { rollback: 1, incident: 1, revert: 8 }, incidentsPerMonth: 0.2, hotfixShare: 0.2, severity: [0, 4, 36, 60],
  },
} as const satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

/** How common each shape is in the large benchmark organisation. */
export const SHAPE_MIX: readonly (readonly [ShapeName, number])[] = [
  ['continuous', 15],
  ['daily', 30],
  ['dailyToWeekly', 20],
  ['weekly', 15],
  ['weeklyLongLead', 8],
  ['monthlyApp', 4],
  ['onDemandReverts', 8],
];
