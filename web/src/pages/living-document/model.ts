/**
 * The living document as the page shows it: types from the API, the words for kinds, signals and
 * statuses, and an outcome in one sentence — "change failure rate of deploy-pipeline 18% → 6.5%,
 * n = 212 → 190 deployments, 95% interval −17 to −8 points".
 */
import type { Schemas } from '../../api/openapi.gen';
import { formatDifference, formatValue, metricNames, type Compared } from '../delivery/metrics';
import { sloOutcomeSentence } from './SloOutcome';

export type LivingDocument = Schemas['LivingDocument'];
export type EvidenceItem = Schemas['EvidenceItem'];
export type EvidenceOutcome = Schemas['EvidenceOutcome'];
export type Goal = Schemas['Goal'];
export type GrowthNote = Schemas['GrowthNote'];
export type EvidenceKind = EvidenceItem['kind'];
export type GoalStatus = Goal['status'];

export const kindNames: Record<EvidenceKind, string> = {
  shipped: 'Shipped',
  'incident-response': 'Incident response',
  prevention: 'Prevention',
  reliability: 'Reliability',
  mentoring: 'Mentoring',
  'glue-work': 'Glue work',
  learning: 'Learning',
};
export const evidenceKinds = Object.keys(kindNames) as EvidenceKind[];

export const goalStatusNames: Record<GoalStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  done: 'Done',
  dropped: 'Dropped',
};
export const goalStatuses = Object.keys(goalStatusNames) as GoalStatus[];

/** The article's five review signals (the rubric's ids). */
export const signalNames: Record<string, string> = {
  'delivery-impact': 'Delivery impact',
  'reliability-impact': 'Reliability impact',
  'code-quality': 'Code quality',
  collaboration: 'Collaboration',
  'growth-at-level': 'Growth at level',
};

/** "n = 203 → 160 deployments", "over 90 → 90 days", "n = 412 → 380 changes". */
function countsOf(m: Compared): string {
  if (m.unit === 'days') return `over ${m.nBefore} → ${m.nAfter} days`;
  return `n = ${m.nBefore} → ${m.nAfter} ${m.unit}`;
}

/** The outcome in one sentence — the figure chosen when the link was made, whatever it says — or the reason there are no figures. */
export function outcomeSentence(o: EvidenceOutcome): string {
  if (o.status === 'figures' && o.slo) return sloOutcomeSentence(o.slo);
  if (o.status !== 'figures' || !o.metrics || !o.headline) return o.message ?? 'no figures';
  const key = o.headline;
  const m = o.metrics[key];
  const name = metricNames[key].charAt(0).toLowerCase() + metricNames[key].slice(1);
  const ci = m.ci as readonly [number, number] | null;
  const interval = ci ? `, 95% interval ${formatDifference(key, ci[0])} to ${formatDifference(key, ci[1])}` : '';
  return `${name} of ${o.scope?.name ?? o.link.id} ${formatValue(key, m.before)} → ${formatValue(key, m.after)}, ${countsOf(m)}${interval}`;
}

/** Goals grouped by quarter, newest quarter first (the API already orders them). */
export function goalsByQuarter(goals: readonly Goal[]): [string, Goal[]][] {
  const groups = new Map<string, Goal[]>();
  for (const g of goals) groups.set(g.quarter, [...(groups.get(g.quarter) ?? []), g]);
  return [...groups.entries()];
}

/** The quarter of a date, "2026-Q4", for the goal form's default. */
export function quarterOf(date: Date): string {
  return `${date.getUTCFullYear()}-Q${Math.floor(date.getUTCMonth() / 3) + 1}`;
}

/**
 * "the Engineering ladder" for a ladder named "Engineering" (the bundled FT ladder) as for one
 * named "Engineering ladder": without it the position read "Senior Engineer 1 on the Engineering".
 */
export function ladderPhrase(name: string): string {
  return /\bladder$/i.test(name.trim()) ? `the ${name}` : `the ${name} ladder`;
}
