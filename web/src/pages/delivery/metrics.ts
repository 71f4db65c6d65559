/**
 * The five delivery metrics as the pages show them: names, figures in words, and what "not
 * enough data" looks like. A null figure is never shown as 0.
 */
import type { Schemas } from '../../api/openapi.gen';

export type DeliveryReport = Schemas['DeliveryReport'];
export type DeliveryComparison = Schemas['DeliveryComparison'];
export type DeliveryTier = Schemas['DeliveryTier'];
export type MetricKey = keyof DeliveryComparison['metrics'];
export type Compared = DeliveryComparison['metrics'][MetricKey];

export const NOT_ENOUGH = 'not enough data';

export const metricKeys: readonly MetricKey[] = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'recoveryTime', 'reworkRate'];

export const metricNames: Record<MetricKey, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time for changes',
  changeFailureRate: 'Change failure rate',
  recoveryTime: 'Failed deployment recovery time',
  reworkRate: 'Rework rate',
};

/** Hours in the unit a person reads best: minutes, hours or days. */
export function formatHours(hours: number | null | undefined): string {
  if (hours == null || !Number.isFinite(hours)) return NOT_ENOUGH;
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  if (hours < 48) return `${round(hours)} h`;
  return `${round(hours / 24)} days`;
}

export function formatRate(rate: number | null | undefined): string {
  if (rate == null || !Number.isFinite(rate)) return NOT_ENOUGH;
  return `${round(rate * 100)}%`;
}

export function formatPerWeek(perWeek: number | null | undefined): string {
  if (perWeek == null || !Number.isFinite(perWeek)) return NOT_ENOUGH;
  return `${round(perWeek)} per week`;
}

function round(n: number): string {
  return n >= 10 ? String(Math.round(n)) : String(Math.round(n * 10) / 10);
}

/** The CSS class of a verdict: its colour follows the verdict (green improved, red worsened, grey no clear change). */
export function verdictClass(verdict: Compared['verdict'] | null | undefined): string {
  return verdict ? `verdict verdict-${verdict.replace(/ /g, '-')}` : 'verdict';
}

/** n on each side in the unit it counts: "n = 203 deployments", "90 days", "n = 412 changes in 150 deployments". */
export function countsText(m: Compared): [string, string] {
  const side = (n: number, groups: number | null) => {
    if (m.unit === 'days') return `${n} days`;
    if (m.unit === 'changes' && groups !== null) return `n = ${n} changes in ${groups} deployments`;
    return `n = ${n} ${m.unit}`;
  };
  return [side(m.nBefore, m.groupsBefore), side(m.nAfter, m.groupsAfter)];
}

/** One metric's value (as the compare endpoint measures it) in words. */
export function formatValue(key: MetricKey, value: number | null): string {
  if (key === 'deploymentFrequency') return formatPerWeek(value);
  if (key === 'leadTime' || key === 'recoveryTime') return formatHours(value);
  return formatRate(value);
}

/** A signed difference in the metric's unit: "+1.5 per week", "−12 h", "−4 points". */
export function formatDifference(key: MetricKey, value: number | null): string {
  if (value == null || !Number.isFinite(value)) return NOT_ENOUGH;
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  const size = Math.abs(value);
  if (key === 'deploymentFrequency') return `${sign}${round(size)} per week`;
  if (key === 'leadTime' || key === 'recoveryTime') return `${sign}${formatHours(size)}`;
  return `${sign}${round(size * 100)} points`;
}

export interface Figure {
  /** The headline figure, or "not enough data". */
  value: string;
  /** How many events it rests on, in words. */
  n: string;
  /** A second line of context, if any. */
  detail?: string;
}

export function figureOf(key: MetricKey, m: DeliveryReport['metrics']): Figure {
  switch (key) {
    case 'deploymentFrequency': {
      const d = m.deploymentFrequency;
      return {
        value: formatPerWeek(d.perWeek),
        n: `n = ${d.deployments} deployments`,
        detail: d.deployDaysPerWeek == null ? undefined : `${round(d.deployDaysPerWeek)} deploy days per week`,
      };
    }
    case 'leadTime': {
      const l = m.leadTime;
      return {
        value: l.medianHours == null ? NOT_ENOUGH : `median ${formatHours(l.medianHours)}`,
        n: `n = ${l.n} changes`,
        detail: l.p90Hours == null ? undefined : `p75 ${formatHours(l.p75Hours)} · p90 ${formatHours(l.p90Hours)}`,
      };
    }
    case 'changeFailureRate': {
      const c = m.changeFailureRate;
      return { value: formatRate(c.rate), n: `n = ${c.deployments} deployments`, detail: `${c.failed} failed` };
    }
    case 'recoveryTime': {
      const r = m.recoveryTime;
      return {
        value: r.medianHours == null ? NOT_ENOUGH : `median ${formatHours(r.medianHours)}`,
        n: `n = ${r.n} recoveries`,
        detail: r.open > 0 ? `${r.open} not yet recovered` : undefined,
      };
    }
    case 'reworkRate': {
      const w = m.reworkRate;
      return { value: formatRate(w.rate), n: `n = ${w.deployments} deployments`, detail: `${w.rework} unplanned` };
    }
  }
}

/** "elite · DORA 2024"; the report year is always named, because the bands change between reports. */
export function tierText(tier: DeliveryTier, report: number): string {
  if (!tier) return `no tier · DORA ${report}`;
  return `${tier.level} · DORA ${tier.report}`;
}

export function tierOf(key: MetricKey, report: DeliveryReport): { text: string; level: string | null; title?: string } {
  if (key === 'reworkRate') return { text: `no tier in DORA ${report.tier.report}`, level: null };
  const tier = report.tier[key];
  if (!tier) return { text: `no tier · DORA ${report.tier.report}`, level: null, title: 'Not enough data to place this figure.' };
  return { text: tierText(tier, report.tier.report), level: tier.level, title: tier.label };
}

/** A cause or reason object ({ type: 'incident', incident: 'inc-1' }) in words. */
export function describeCause(cause: { type: string; [key: string]: unknown }): string {
  const rest = Object.entries(cause)
    .filter(([k, v]) => k !== 'type' && (typeof v === 'string' || typeof v === 'number'))
    .map(([k, v]) => `${k} ${String(v)}`);
  return rest.length ? `${cause.type} (${rest.join(', ')})` : cause.type;
}
