/**
 * Burn attribution (spec/reliability.md): which incidents and deployments overlap the minutes in
 * which the budget burned, and the share of the burn each overlaps. A minute burns when its
 * error ratio exceeds the budget (burn rate > 1); its burn is its bad events (Occurrences) or
 * one bad slice (Timeslices). An incident covers [startedAt, resolvedAt) (open: to the end); a
 * deployment the hour after it finished, when a bad rollout shows. Shares may add up to more
 * than 1 when an incident and a deployment cover the same minutes: each says how much of the
 * burn happened while it was going on, not that it caused it.
 */
import { errorBudget } from './budget.js';
import { HOUR, MINUTE } from './duration.js';
import type { SloDefinition } from './slo.js';
import { meetsTarget, type MinuteSlice } from './totals.js';

export interface BurnEvent {
  kind: 'incident' | 'deployment';
  id: string;
  title?: string | null;
  from: number;
  to: number;
}

export interface Attribution {
  kind: 'incident' | 'deployment';
  id: string;
  title: string | null;
  from: number;
  to: number;
  /** Burn in the minutes this event overlaps. */
  burn: number;
  share: number;
}

export interface BurnAttribution {
  burningMinutes: number;
  /** Bad events (Occurrences) or bad slices (Timeslices) in burning minutes. */
  totalBurn: number;
  /** Share of the burn no incident or deployment overlaps. */
  unattributedShare: number;
  events: Attribution[];
}

export const DEPLOYMENT_INFLUENCE_MS = HOUR;

function minuteBurn(slo: SloDefinition, s: MinuteSlice): number {
  if (s.total <= 0) return 0;
  const B = errorBudget(slo);
  const bad = s.total - s.good;
  // bad/total > B, exactly.
  if (!(BigInt(bad) * B.d > B.n * BigInt(s.total))) return 0;
  if (slo.budgetingMethod === 'Timeslices') return slo.timeSliceTarget && !meetsTarget(s.good, s.total, slo.timeSliceTarget) ? 1 : 0;
  return bad;
}

export function burnAttribution(slo: SloDefinition, slices: readonly MinuteSlice[], events: readonly BurnEvent[]): BurnAttribution {
  const burning = slices.map((s) => ({ at: s.at, burn: minuteBurn(slo, s) })).filter((m) => m.burn > 0);
  const total = burning.reduce((n, m) => n + m.burn, 0);
  const covered = new Set<number>();
  const out: Attribution[] = [];
  for (const e of events) {
    let burn = 0;
    for (const m of burning) {
      if (m.at + MINUTE > e.from && m.at < e.to) {
        burn += m.burn;
        covered.add(m.at);
      }
    }
    if (burn > 0) out.push({ kind: e.kind, id: e.id, title: e.title ?? null, from: e.from, to: e.to, burn, share: burn / total });
  }
  const unattributed = burning.filter((m) => !covered.has(m.at)).reduce((n, m) => n + m.burn, 0);
  return { burningMinutes: burning.length, totalBurn: total, unattributedShare: total === 0 ? 0 : unattributed / total, events: out.sort((a, b) => b.share - a.share) };
}
