/**
 * Before and after a moment t (spec/delivery.md, "Comparing before and after"): the building
 * block of evidence ("the rollback automation shipped on 3 March; CFR went from 18% to 6%").
 * Each metric over [t − W, t) and [t, t + W), its difference, n per side, and a 95% interval of
 * the difference. A verdict other than "no clear change" needs the interval to exclude zero AND
 * enough evidence on each side (comparison-rules.ts): a difference inside the noise is not
 * evidence about anyone's work.
 *
 * How each interval is made, and why:
 *  - change failure and rework rate: Newcombe's hybrid score interval (analytic, honest at 0 events);
 *  - lead time: bootstrap of whole deployments (changes shipped together share their wait);
 *  - frequency: Welch's t interval over whole weeks (days of one week are alike: busy weeks, quiet weeks);
 *  - recovery time: bootstrap of recovered failures.
 * Windows that pass the data's end are shortened (both sides, so they stay alike), and
 * deployments whose failures may not be found yet (FAILURE_DETECTION_LAG_MS) are not judged.
 */
import { Rng } from '../demo/random.js';
import { bootstrapDifferenceCi, medianOfClusters, medianOfValues } from './bootstrap.js';
import {
  BETTER_WHEN,
  comparedMetrics,
  DEFAULT_RESAMPLES,
  FAILURE_DETECTION_LAG_MS,
  MIN_PER_SIDE,
  MIN_WINDOW_DAYS,
  verdictOf,
  type BetterWhen,
  type ComparedMetric,
  type Verdict,
} from './comparison-rules.js';
import { deliveryMetrics, type DeliveryMetrics, type MetricsOptions } from './metrics.js';
import { newcombeDifference } from './proportion-interval.js';
import { DAY, type DeliveryInput } from './types.js';
import { weeklyRateDifference, type CountBlock } from './weekly-rate-interval.js';

export type { ComparedMetric, Verdict, BetterWhen } from './comparison-rules.js';

/** What n counts: frequency is measured over days, lead time over changes, the rates over deployments. */
export type ComparisonUnit = 'days' | 'changes' | 'deployments' | 'recoveries';
export type IntervalMethod = 'newcombe-wilson' | 'deployment-bootstrap' | 'welch-weeks' | 'bootstrap';

export interface MetricComparison {
  /** perWeek, median lead time (h), CFR (0..1), median recovery (h), rework rate (0..1). */
  before: number | null;
  after: number | null;
  /** after − before; null when a side has no data. */
  difference: number | null;
  nBefore: number;
  nAfter: number;
  unit: ComparisonUnit;
  /** Lead time only: the deployments the changes shipped in — the units the interval resamples. */
  groupsBefore: number | null;
  groupsAfter: number | null;
  /** 95% interval of the difference; null when there is too little evidence for one. */
  ci: [number, number] | null;
  method: IntervalMethod;
  betterWhen: BetterWhen;
  verdict: Verdict;
  /** Why no verdict could be given (too little data, window too short); null when the interval decided. */
  noVerdictReason: string | null;
  /** The after side this metric was judged over: [t, afterTo). Earlier than t + window for the failure-based metrics near the data's end. */
  afterTo: number;
}

export interface CompareOptions extends Omit<MetricsOptions, 'from' | 'to'> {
  t: number;
  /** Default 90 days. */
  windowMs?: number;
  /** Default 1: fixed, so the same input gives the same interval. */
  seed?: number;
  /** Default DEFAULT_RESAMPLES. */
  resamples?: number;
  /** Where the data ends (the latest record): windows past it are shortened. Absent: no limit. */
  dataEnd?: number;
  /** Default FAILURE_DETECTION_LAG_MS. */
  failureLagMs?: number;
}

export interface Comparison {
  t: number;
  /** The window each side actually covers (shortened when the data ends before t + requested). */
  windowMs: number;
  requestedWindowMs: number;
  dataEnd: number | null;
  failureLagMs: number;
  seed: number;
  resamples: number;
  /** Plain sentences about what was shortened or left out, for every surface to show. */
  notes: string[];
  before: DeliveryMetrics;
  after: DeliveryMetrics;
  metrics: Record<ComparedMetric, MetricComparison>;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Where a comparison's sides end, once the data's end and the failure-detection lag are applied. */
export interface ComparisonPlan {
  t: number;
  /** The window each side actually covers. */
  windowMs: number;
  requestedWindowMs: number;
  dataEnd: number | null;
  failureLagMs: number;
  /** The after side of the failure-based metrics is [t, judgedTo). */
  judgedTo: number;
  notes: string[];
}

/** The sides of a comparison: shortened where the data ends, the failure-based after side cut by the lag. */
export function planComparison(options: Pick<CompareOptions, 't' | 'windowMs' | 'dataEnd' | 'failureLagMs'>): ComparisonPlan {
  const { t, windowMs: requested = 90 * DAY, dataEnd, failureLagMs = FAILURE_DETECTION_LAG_MS } = options;
  const notes: string[] = [];
  let windowMs = requested;
  if (dataEnd !== undefined && t + requested > dataEnd) {
    windowMs = Math.max(0, Math.floor((dataEnd - t) / DAY) * DAY);
    notes.push(
      windowMs === 0
        ? `The data ends on ${isoDay(dataEnd)}, before this moment: there is nothing after it to compare.`
        : `The data ends on ${isoDay(dataEnd)}: both sides were shortened from ${requested / DAY} to ${windowMs / DAY} days, so the after side holds no empty future days.`,
    );
  }
  // Failures are found days after a deployment: judge only deployments old enough.
  const judgedTo = dataEnd === undefined ? t + windowMs : Math.max(t, Math.min(t + windowMs, dataEnd - failureLagMs));
  if (judgedTo < t + windowMs && windowMs > 0) {
    notes.push(
      `Change failure rate, rework rate and recovery time judge deployments up to ${isoDay(judgedTo)} only: failures of the last ${failureLagMs / DAY} days of data may not have been found yet.`,
    );
  }
  return { t, windowMs, requestedWindowMs: requested, dataEnd: dataEnd ?? null, failureLagMs, judgedTo, notes };
}

/** The metrics of each side, computed by the caller over [t − W, t), [t, t + W) and [t, judgedTo). */
export interface ComparedSides {
  before: DeliveryMetrics;
  after: DeliveryMetrics;
  /** `after` itself when judgedTo is the after side's end. */
  judged: DeliveryMetrics;
  /** Finish time of each deployment of either side (for the weekly blocks of frequency). */
  finishedAt: ReadonlyMap<string, number>;
}

/** The comparison of each metric, given the plan and the metrics of its sides. */
export function compareSides(plan: ComparisonPlan, sides: ComparedSides, options: { seed?: number; resamples?: number } = {}): Comparison {
  const { seed = 1, resamples = DEFAULT_RESAMPLES } = options;
  const { t, windowMs, judgedTo } = plan;
  const tooShort = windowMs < MIN_WINDOW_DAYS * DAY ? `Less than ${MIN_WINDOW_DAYS} days of data after this moment: too soon to compare.` : null;
  const rng = new Rng(seed);
  const s: Sides = { ...sides, rng, resamples, windowEnd: t + windowMs, judgedTo };
  const metrics = {} as Record<ComparedMetric, MetricComparison>;
  for (const name of comparedMetrics) metrics[name] = compareMetric(name, s, tooShort);
  return {
    t,
    windowMs,
    requestedWindowMs: plan.requestedWindowMs,
    dataEnd: plan.dataEnd,
    failureLagMs: plan.failureLagMs,
    seed,
    resamples,
    notes: plan.notes,
    before: sides.before,
    after: sides.after,
    metrics,
  };
}

/** Before and after t over the given events (all of them up to the after side's end and its revert window). */
export function compareAround(input: DeliveryInput, options: CompareOptions): Comparison {
  const { t, windowMs: requested, seed, resamples, dataEnd, failureLagMs, ...rest } = options;
  const plan = planComparison({ t, windowMs: requested, dataEnd, failureLagMs });
  const { windowMs, judgedTo } = plan;
  const before = deliveryMetrics(input, { ...rest, from: t - windowMs, to: t });
  const after = deliveryMetrics(input, { ...rest, from: t, to: t + windowMs });
  const judged = judgedTo < t + windowMs ? deliveryMetrics(input, { ...rest, from: t, to: judgedTo }) : after;
  const finishedAt = new Map(input.deployments.map((d) => [d.id, d.finishedAt]));
  return compareSides(plan, { before, after, judged, finishedAt }, { ...(seed === undefined ? {} : { seed }), ...(resamples === undefined ? {} : { resamples }) });
}

interface Sides {
  before: DeliveryMetrics;
  after: DeliveryMetrics;
  /** The after side for the failure-based metrics. */
  judged: DeliveryMetrics;
  finishedAt: ReadonlyMap<string, number>;
  rng: Rng;
  resamples: number;
  windowEnd: number;
  judgedTo: number;
}

interface Side {
  value: number | null;
  n: number;
  /** What the minimum applies to (lead time: deployments; otherwise n). */
  evidence: number;
  groups: number | null;
}

function compareMetric(name: ComparedMetric, s: Sides, tooShort: string | null): MetricComparison {
  const better = BETTER_WHEN[name];
  const failureBased = name === 'changeFailureRate' || name === 'reworkRate' || name === 'recoveryTime';
  const afterMetrics = failureBased ? s.judged : s.after;
  const b = sideOf(name, s.before);
  const a = sideOf(name, afterMetrics);
  const min = MIN_PER_SIDE[name];
  const difference = b.value === null || a.value === null ? null : a.value - b.value;
  const base = {
    before: b.value,
    after: a.value,
    difference,
    nBefore: b.n,
    nAfter: a.n,
    unit: unitOf(name),
    groupsBefore: b.groups,
    groupsAfter: a.groups,
    method: methodOf(name),
    betterWhen: better,
    afterTo: failureBased ? s.judgedTo : s.windowEnd,
  };
  const shortfall = tooShort ?? (b.evidence < min || a.evidence < min ? tooFew(name, b.evidence, a.evidence, min) : null);
  if (shortfall !== null) return { ...base, ci: null, verdict: 'no clear change', noVerdictReason: shortfall };
  const ci = intervalOf(name, s.before, afterMetrics, s);
  return { ...base, ci, verdict: verdictOf(ci, better), noVerdictReason: ci === null ? 'Not enough data on both sides to tell.' : null };
}

function sideOf(name: ComparedMetric, m: DeliveryMetrics): Side {
  const deployments = m.changeFailureRate.events.deployments.length;
  switch (name) {
    case 'deploymentFrequency': {
      const days = Math.round((m.to - m.from) / DAY);
      return { value: days > 0 ? m.deploymentFrequency.perWeek : null, n: days, evidence: days, groups: null };
    }
    case 'leadTime': {
      const groups = new Set(m.leadTime.events.leadTimes.map((e) => e.deployment)).size;
      return { value: m.leadTime.medianHours, n: m.leadTime.n, evidence: groups, groups };
    }
    case 'changeFailureRate':
      return { value: m.changeFailureRate.rate, n: deployments, evidence: deployments, groups: null };
    case 'reworkRate':
      return { value: m.reworkRate.rate, n: deployments, evidence: deployments, groups: null };
    case 'recoveryTime':
      return { value: m.recoveryTime.medianHours, n: m.recoveryTime.n, evidence: m.recoveryTime.n, groups: null };
  }
}

function intervalOf(name: ComparedMetric, before: DeliveryMetrics, after: DeliveryMetrics, s: Sides): [number, number] | null {
  const rng = s.rng.fork(name);
  switch (name) {
    case 'deploymentFrequency':
      return weeklyRateDifference(weekBlocks(before, s.finishedAt), weekBlocks(after, s.finishedAt));
    case 'leadTime':
      return bootstrapDifferenceCi(leadClusters(before), leadClusters(after), medianOfClusters, rng, s.resamples);
    case 'recoveryTime':
      return bootstrapDifferenceCi(recoveryHours(before), recoveryHours(after), medianOfValues, rng, s.resamples);
    case 'changeFailureRate':
      return newcombeDifference(before.changeFailureRate.failed, before.changeFailureRate.deployments, after.changeFailureRate.failed, after.changeFailureRate.deployments);
    case 'reworkRate':
      return newcombeDifference(before.reworkRate.rework, before.reworkRate.deployments, after.reworkRate.rework, after.reworkRate.deployments);
  }
}

/** Seven-day blocks from the window's start, the last one shorter when the window is not whole weeks. */
function weekBlocks(m: DeliveryMetrics, finishedAt: ReadonlyMap<string, number>): CountBlock[] {
  const days = Math.round((m.to - m.from) / DAY);
  const blocks: CountBlock[] = [];
  for (let first = 0; first < days; first += 7) blocks.push({ count: 0, days: Math.min(7, days - first) });
  for (const id of m.deploymentFrequency.events.deployments) {
    const day = Math.floor(((finishedAt.get(id) ?? m.from) - m.from) / DAY);
    const block = blocks[Math.min(Math.max(Math.floor(day / 7), 0), blocks.length - 1)];
    if (block) block.count += 1;
  }
  return blocks;
}

/** Lead times grouped by the deployment that shipped them. */
function leadClusters(m: DeliveryMetrics): number[][] {
  const byDeployment = new Map<string, number[]>();
  for (const e of m.leadTime.events.leadTimes) {
    const list = byDeployment.get(e.deployment);
    if (list) list.push(e.hours);
    else byDeployment.set(e.deployment, [e.hours]);
  }
  return [...byDeployment.values()];
}

const recoveryHours = (m: DeliveryMetrics): number[] => m.recoveryTime.events.recoveries.map((r) => r.hours);

function unitOf(name: ComparedMetric): ComparisonUnit {
  if (name === 'deploymentFrequency') return 'days';
  if (name === 'leadTime') return 'changes';
  if (name === 'recoveryTime') return 'recoveries';
  return 'deployments';
}

function methodOf(name: ComparedMetric): IntervalMethod {
  if (name === 'deploymentFrequency') return 'welch-weeks';
  if (name === 'leadTime') return 'deployment-bootstrap';
  if (name === 'recoveryTime') return 'bootstrap';
  return 'newcombe-wilson';
}

const evidenceUnit: Record<ComparedMetric, string> = {
  deploymentFrequency: 'days',
  leadTime: 'deployments with lead times',
  changeFailureRate: 'deployments',
  recoveryTime: 'recovered failures',
  reworkRate: 'deployments',
};

function tooFew(name: ComparedMetric, before: number, after: number, min: number): string {
  return `Too little data for a verdict: ${before} ${evidenceUnit[name]} before and ${after} after; a verdict needs at least ${min} on each side.`;
}
