/**
 * The delivery figures of a window without the events behind them: what a report page, the CLI
 * and the organisation overview show. The drill-down lists (which deployment, which change, which
 * cause) are what make a report heavy — an organisation's 90 days ship ~135,000 changes — while
 * every figure needs only numbers: finish times, lead times, counts, and the evidence of the few
 * deployments that failed, were rework or were recovered. The store reads exactly those
 * (src/store/delivery-summary.ts); the drill-down is built on request by the full path
 * (facts-metrics.ts), and both give the same figures (facts-summary.test.ts, the dialect tests).
 */
import type { DeploymentFact } from './facts.js';
import { outcomeAsOf } from './facts.js';
import { frequencyOfTimes } from './frequency.js';
import type { DeliveryMetrics } from './metrics.js';
import { timeToRestore } from './recovery.js';
import { hours, median, quantileSorted, ratio } from './stats.js';
import { trendOf, type WeekPoint } from './trend.js';
import type { IncidentEvent } from './types.js';

/** What a figures-only report over [from, to) reads. */
export interface WindowSummary {
  /** Finish times of the successful deployments finished in [from, to), in any order. */
  finishedAt: readonly number[];
  /** Those of them with failure, rework or recovery evidence (the rest have none). */
  evidence: readonly Pick<DeploymentFact, 'id' | 'finishedAt' | 'evidence'>[];
  /**
   * The changes shipped by non-baseline deployments of the window, committed before `until`
   * (merges only when asked for), as pairs: deployment finish, commit time.
   */
  shipped: { finishedAt: ArrayLike<number>; committedAt: ArrayLike<number> };
  /** Changes (merges included) shipped by baseline deployments of the window, committed before `until`. */
  baselineChanges: number;
  /** Changes committed before `to` that nothing had shipped by `to` (merges only when asked for). */
  undeployed: { count: number; oldestCommittedAt: number | null };
  /** `status: failure` deployments finished in the window. */
  failedAttempts: number;
  /** The scope's incidents that started or were resolved in the window. */
  incidents: readonly IncidentEvent[];
}

export interface SummaryOptions {
  from: number;
  to: number;
  until: number;
  environment: string;
  timeZone: string;
  includeMerges: boolean;
  /** Sorted, distinct. */
  services: string[];
}

/**
 * The figures of a window with every drill-down list empty (the weeks behind deploy-days per
 * week are kept: they are few and explain the median): equal, figure for figure, to
 * `figuresOnly(metricsFromFacts(...))` over the same window.
 */
export function summaryMetrics(s: WindowSummary, o: SummaryOptions): { metrics: DeliveryMetrics; trend: WeekPoint[] } {
  const { from, to, until, environment, timeZone, includeMerges, services } = o;
  const serviceSet = new Set(services);
  const inScope = (svc: string) => serviceSet.has(svc);
  const inWindow = (at: number) => at >= from && at < to;

  // Lead times: the same subtraction and order statistics as leadTime() over the drill-down.
  const n = s.shipped.finishedAt.length;
  const values = new Float64Array(n);
  const leadFinishedAt = new Float64Array(n);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const at = s.shipped.finishedAt[i]!;
    const h = hours(at - s.shipped.committedAt[i]!);
    if (h < 0) continue;
    leadFinishedAt[kept] = at;
    values[kept++] = h;
  }
  const leads = { finishedAt: leadFinishedAt.subarray(0, kept), hours: values.slice(0, kept) };
  const sortedLeads = values.subarray(0, kept).sort();

  // Failure, rework and recovery: only deployments with evidence can have any.
  let failed = 0;
  let rework = 0;
  let open = 0;
  const recoveries: number[] = [];
  const failedAt: number[] = [];
  for (const d of s.evidence) {
    const outcome = outcomeAsOf(d, until, inScope);
    if (outcome.rework.length > 0) rework++;
    if (outcome.failure.length > 0) {
      failed++;
      failedAt.push(d.finishedAt);
    }
    if (outcome.recovery === null) open++;
    else if (outcome.recovery !== undefined) recoveries.push(hours(outcome.recovery.at - d.finishedAt));
  }
  const deployments = s.finishedAt.length;
  const incidents = s.incidents.filter((i) => serviceSet.has(i.service));
  const unattributed = incidents.filter((i) => i.causedBy === undefined && inWindow(i.startedAt)).length;
  const restore = timeToRestore(incidents, from, to);

  const metrics: DeliveryMetrics = {
    services,
    environment,
    from,
    to,
    timeZone,
    deploymentFrequency: frequencyOfTimes(s.finishedAt, from, to, timeZone),
    leadTime: {
      medianHours: quantileSorted(sortedLeads, 0.5),
      p75Hours: quantileSorted(sortedLeads, 0.75),
      p90Hours: quantileSorted(sortedLeads, 0.9),
      n: kept,
      skewed: n - kept,
      includeMerges,
      events: { leadTimes: [], skewed: [] },
    },
    changeFailureRate: { rate: ratio(failed, deployments), failed, deployments, events: { deployments: [], failed: [] } },
    recoveryTime: { medianHours: median(recoveries), n: recoveries.length, open, events: { recoveries: [], open: [] } },
    reworkRate: { rate: ratio(rework, deployments), rework, deployments, events: { deployments: [], rework: [] } },
    timeToRestore: { medianHours: restore.medianHours, n: restore.n, events: { incidents: [] } },
    unattributedIncidents: unattributed,
    failedAttempts: s.failedAttempts,
    undeployedChanges: {
      count: s.undeployed.count,
      oldestAgeHours: s.undeployed.count === 0 || s.undeployed.oldestCommittedAt === null ? null : hours(to - s.undeployed.oldestCommittedAt),
    },
    baselineChanges: s.baselineChanges,
    events: { unattributedIncidents: [], failedAttempts: [], undeployedChanges: [], baselineChanges: [] },
  };
  const trend = trendOf(timeZone, { deployments: s.finishedAt, failed: failedAt, leads });
  return { metrics, trend };
}

/** A report's figures with its drill-down lists emptied: the shape summaryMetrics gives. */
export function figuresOnly(m: DeliveryMetrics): DeliveryMetrics {
  return {
    ...m,
    deploymentFrequency: { ...m.deploymentFrequency, events: { deployments: [], weeks: m.deploymentFrequency.events.weeks } },
    leadTime: { ...m.leadTime, events: { leadTimes: [], skewed: [] } },
    changeFailureRate: { ...m.changeFailureRate, events: { deployments: [], failed: [] } },
    recoveryTime: { ...m.recoveryTime, events: { recoveries: [], open: [] } },
    reworkRate: { ...m.reworkRate, events: { deployments: [], rework: [] } },
    timeToRestore: { ...m.timeToRestore, events: { incidents: [] } },
    events: { unattributedIncidents: [], failedAttempts: [], undeployedChanges: [], baselineChanges: [] },
  };
}
