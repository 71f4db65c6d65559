/**
 * Before/after comparisons written as sentences a reader can check: the metric, the subject, both
 * values, n on each side, the 95% interval of the difference and the verdict. "No clear change"
 * is said plainly — a difference inside the noise is not evidence about anyone's work.
 */
import type { ComparedMetric, MetricComparison } from '../delivery/index.js';

const names: Record<ComparedMetric, { label: string; unit: 'perWeek' | 'hours' | 'fraction'; n: string }> = {
  deploymentFrequency: { label: 'deployments per week', unit: 'perWeek', n: 'deployments' },
  leadTime: { label: 'median change lead time', unit: 'hours', n: 'changes' },
  changeFailureRate: { label: 'change failure rate', unit: 'fraction', n: 'deployments' },
  recoveryTime: { label: 'median failed-deployment recovery time', unit: 'hours', n: 'recoveries' },
  reworkRate: { label: 'rework rate', unit: 'fraction', n: 'deployments' },
};

function value(unit: 'perWeek' | 'hours' | 'fraction', v: number): string {
  if (unit === 'fraction') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'hours') return `${v.toFixed(1)} h`;
  return v.toFixed(1);
}

function difference(unit: 'perWeek' | 'hours' | 'fraction', v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const abs = Math.abs(v);
  if (unit === 'fraction') return `${sign}${(abs * 100).toFixed(1)} pp`;
  if (unit === 'hours') return `${sign}${abs.toFixed(1)} h`;
  return `${sign}${abs.toFixed(1)}`;
}

/** One sentence per metric, e.g. "change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments; −11.5 pp, 95% CI −15.2 to −7.9 pp): improved". */
export function describeComparison(metric: ComparedMetric, subject: string, c: MetricComparison): string {
  const { label, unit, n } = names[metric];
  const head = `${label} of ${subject}`;
  if (c.before === null || c.after === null) {
    return `${head}: not enough data on both sides (n = ${c.nBefore} → ${c.nAfter} ${n})`;
  }
  const ci = c.ci === null ? '' : `, 95% CI ${difference(unit, c.ci[0])} to ${difference(unit, c.ci[1])}`;
  const diff = c.difference === null ? '' : `; ${difference(unit, c.difference)}${ci}`;
  return `${head}: ${value(unit, c.before)} → ${value(unit, c.after)} (n = ${c.nBefore} → ${c.nAfter} ${n}${diff}): ${c.verdict}`;
}

/** The metrics worth a line: those that changed clearly first, then the rest, in a fixed order. */
export function describeComparisons(subject: string, metrics: Record<ComparedMetric, MetricComparison>): string[] {
  const order = Object.keys(names) as ComparedMetric[];
  const clear = order.filter((m) => metrics[m].verdict !== 'no clear change');
  const rest = order.filter((m) => metrics[m].verdict === 'no clear change');
  return [...clear, ...rest].map((m) => describeComparison(m, subject, metrics[m]));
}
