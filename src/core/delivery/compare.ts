/**
 * Before and after a moment t (spec/delivery.md, "Comparing before and after"): the building
 * block of evidence ("the rollback automation shipped on 3 March; CFR went from 18% to 6%").
 * Each metric over [t − W, t) and [t, t + W), its difference, n per side, and a seeded 95%
 * bootstrap interval. A verdict other than "no clear change" needs the interval to exclude zero:
 * a difference inside the noise is not evidence about anyone's work.
 */
import { Rng } from '../demo/random.js';
import { bootstrapDifferenceCi, mean, type Statistic } from './bootstrap.js';
import { deliveryMetrics, type DeliveryMetrics, type MetricsOptions } from './metrics.js';
import { median } from './stats.js';
import { DAY, type DeliveryInput } from './types.js';

export type ComparedMetric = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'recoveryTime' | 'reworkRate';
export type Verdict = 'improved' | 'worsened' | 'no clear change';

export interface MetricComparison {
  /** perWeek, median lead time (h), CFR (0..1), median recovery (h), rework rate (0..1). */
  before: number | null;
  after: number | null;
  /** after − before; null when a side has no data. */
  difference: number | null;
  nBefore: number;
  nAfter: number;
  ci: [number, number] | null;
  betterWhen: 'lower' | 'higher';
  verdict: Verdict;
}

export interface CompareOptions extends Omit<MetricsOptions, 'from' | 'to'> {
  t: number;
  /** Default 90 days. */
  windowMs?: number;
  /** Default 1: fixed, so the same input gives the same interval. */
  seed?: number;
  /** Default 1000. */
  resamples?: number;
}

export interface Comparison {
  t: number;
  windowMs: number;
  seed: number;
  resamples: number;
  before: DeliveryMetrics;
  after: DeliveryMetrics;
  metrics: Record<ComparedMetric, MetricComparison>;
}

interface Sample {
  value: number | null;
  n: number;
  /** The resampling units whose statistic is the value. */
  units: number[];
  stat: Statistic;
}

const perWeek: Statistic = (days) => (days.length === 0 ? null : (mean(days) ?? 0) * 7);

/** The resampling units of each metric: days (frequency: 24-hour slots from `from`), lead times, deployments as 0/1, recovery times. */
function samples(m: DeliveryMetrics, finishedAt: ReadonlyMap<string, number>): Record<ComparedMetric, Sample> {
  const dayCount = Math.max(1, Math.ceil((m.to - m.from) / DAY));
  const daily = new Array<number>(dayCount).fill(0);
  for (const id of m.deploymentFrequency.events.deployments) {
    const day = Math.floor(((finishedAt.get(id) ?? m.from) - m.from) / DAY);
    daily[Math.min(Math.max(day, 0), dayCount - 1)]! += 1;
  }
  const failed = new Set(m.changeFailureRate.events.failed.map((f) => f.deployment));
  const rework = new Set(m.reworkRate.events.rework.map((r) => r.deployment));
  const deployments = m.changeFailureRate.events.deployments;
  const lead = m.leadTime.events.leadTimes.map((e) => e.hours);
  const recovery = m.recoveryTime.events.recoveries.map((r) => r.hours);
  return {
    deploymentFrequency: { value: m.deploymentFrequency.perWeek, n: deployments.length, units: daily, stat: perWeek },
    leadTime: { value: m.leadTime.medianHours, n: lead.length, units: lead, stat: median },
    changeFailureRate: { value: m.changeFailureRate.rate, n: deployments.length, units: deployments.map((d) => (failed.has(d) ? 1 : 0)), stat: mean },
    recoveryTime: { value: m.recoveryTime.medianHours, n: recovery.length, units: recovery, stat: median },
    reworkRate: { value: m.reworkRate.rate, n: deployments.length, units: deployments.map((d) => (rework.has(d) ? 1 : 0)), stat: mean },
  };
}

const BETTER: Record<ComparedMetric, 'lower' | 'higher'> = {
  deploymentFrequency: 'higher',
  leadTime: 'lower',
  changeFailureRate: 'lower',
  recoveryTime: 'lower',
  reworkRate: 'lower',
};

export function compareAround(input: DeliveryInput, options: CompareOptions): Comparison {
  const { t, windowMs = 90 * DAY, seed = 1, resamples = 1000, ...rest } = options;
  const before = deliveryMetrics(input, { ...rest, from: t - windowMs, to: t });
  const after = deliveryMetrics(input, { ...rest, from: t, to: t + windowMs });
  const finishedAt = new Map(input.deployments.map((d) => [d.id, d.finishedAt]));
  const [b, a] = [samples(before, finishedAt), samples(after, finishedAt)];
  const rng = new Rng(seed);
  const metrics = {} as Record<ComparedMetric, MetricComparison>;
  for (const name of Object.keys(BETTER) as ComparedMetric[]) {
    const x = b[name];
    const y = a[name];
    const ci = bootstrapDifferenceCi(x.units, y.units, x.stat, rng.fork(name), resamples);
    const difference = x.value === null || y.value === null ? null : y.value - x.value;
    metrics[name] = { before: x.value, after: y.value, difference, nBefore: x.n, nAfter: y.n, ci, betterWhen: BETTER[name], verdict: verdict(ci, BETTER[name]) };
  }
  return { t, windowMs, seed, resamples, before, after, metrics };
}

function verdict(ci: [number, number] | null, better: 'lower' | 'higher'): Verdict {
  if (ci === null || (ci[0] <= 0 && ci[1] >= 0)) return 'no clear change';
  const higher = ci[0] > 0;
  return higher === (better === 'higher') ? 'improved' : 'worsened';
}
