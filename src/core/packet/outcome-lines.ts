/**
 * Before/after comparisons written as sentences a reader can check: the metric, the subject, both
 * values, n on each side (in the unit it counts), the 95% interval of the difference and the
 * verdict. "No clear change" is said plainly, with the reason when the data could not decide.
 *
 * An outcome is judged by ONE figure, chosen when the link was made: its line comes first, marked
 * as the headline, whatever it says. The other figures follow in a fixed order as secondary lines,
 * with a note that several were compared — never reordered so that a clear change floats up.
 */
import type { ComparedMetric, MetricComparison, Verdict } from '../delivery/index.js';

type Unit = 'perWeek' | 'hours' | 'fraction';

const names: Record<ComparedMetric, { label: string; unit: Unit }> = {
  deploymentFrequency: { label: 'deployments per week', unit: 'perWeek' },
  leadTime: { label: 'median change lead time', unit: 'hours' },
  changeFailureRate: { label: 'change failure rate', unit: 'fraction' },
  recoveryTime: { label: 'median failed-deployment recovery time', unit: 'hours' },
  reworkRate: { label: 'rework rate', unit: 'fraction' },
};

/** The fixed order of the secondary lines. */
const order: readonly ComparedMetric[] = ['changeFailureRate', 'recoveryTime', 'leadTime', 'deploymentFrequency', 'reworkRate'];

export interface OutcomeLine {
  metric: ComparedMetric;
  /** The figures without the verdict: "change failure rate of x: 18.0% → 6.5% (n = …; −11.5 pp, 95% CI …)". */
  text: string;
  verdict: Verdict;
  /** Why there is no verdict (too little data, window too short); null when the interval decided. */
  reason: string | null;
  /** The figure chosen when the link was made. */
  headline: boolean;
}

/** Said beside the secondary figures: five figures compared means one "clear change" by chance is likely. */
export const SEVERAL_COMPARED_NOTE =
  'Five figures were compared; the outcome is judged by the one chosen when the link was made. With five comparisons, one of the others showing a clear change by chance is likely: read them as context.';

function value(unit: Unit, v: number): string {
  if (unit === 'fraction') return `${(v * 100).toFixed(1)}%`;
  if (unit === 'hours') return `${v.toFixed(1)} h`;
  return v.toFixed(1);
}

function difference(unit: Unit, v: number): string {
  const sign = v > 0 ? '+' : v < 0 ? '−' : '±';
  const abs = Math.abs(v);
  if (unit === 'fraction') return `${sign}${(abs * 100).toFixed(1)} pp`;
  if (unit === 'hours') return `${sign}${abs.toFixed(1)} h`;
  return `${sign}${abs.toFixed(1)}`;
}

/** "n = 203 → 160 deployments", "over 90 → 90 days", "n = 412 changes (150 deployments) → …". */
function counts(c: MetricComparison): string {
  if (c.unit === 'days') return `over ${c.nBefore} → ${c.nAfter} days`;
  if (c.unit === 'changes' && c.groupsBefore !== null && c.groupsAfter !== null) {
    return `n = ${c.nBefore} → ${c.nAfter} changes in ${c.groupsBefore} → ${c.groupsAfter} deployments`;
  }
  return `n = ${c.nBefore} → ${c.nAfter} ${c.unit}`;
}

/** The figures of one metric without the verdict: "change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments; −11.5 pp, 95% CI −15.2 pp to −7.9 pp)". */
export function describeFigures(metric: ComparedMetric, subject: string, c: MetricComparison): string {
  const { label, unit } = names[metric];
  const head = `${label} of ${subject}`;
  if (c.before === null || c.after === null) return `${head}: not enough data on both sides (${counts(c)})`;
  const ci = c.ci === null ? '' : `, 95% CI ${difference(unit, c.ci[0])} to ${difference(unit, c.ci[1])}`;
  const diff = c.difference === null ? '' : `; ${difference(unit, c.difference)}${ci}`;
  return `${head}: ${value(unit, c.before)} → ${value(unit, c.after)} (${counts(c)}${diff})`;
}

/** One sentence per metric, the verdict (and why there is none) at the end: "…: improved", "…: no clear change — Too little data …". */
export function describeComparison(metric: ComparedMetric, subject: string, c: MetricComparison): string {
  const figures = describeFigures(metric, subject, c);
  const why = c.noVerdictReason === null ? '' : ` — ${c.noVerdictReason}`;
  return c.before === null || c.after === null ? `${figures}${why}` : `${figures}: ${c.verdict}${why}`;
}

/** The chosen figure's line first, then the other four in a fixed order — each with its verdict, for words and colour. */
export function describeComparisons(subject: string, metrics: Record<ComparedMetric, MetricComparison>, headline: ComparedMetric): OutcomeLine[] {
  return [headline, ...order.filter((m) => m !== headline)].map((m) => ({
    metric: m,
    text: describeFigures(m, subject, metrics[m]),
    verdict: metrics[m].verdict,
    reason: metrics[m].noVerdictReason,
    headline: m === headline,
  }));
}
