/**
 * An SLO outcome written for the packet: the budget burn rate (the figure an SLO outcome is
 * judged by) and the SLI, each with both values, n in days with data, the events or slices
 * counted, the 95% interval of the difference and the verdict — and, as notes, what overlapped
 * the burning minutes on each side (incidents and deployments with their share of the burn).
 * Service context for the work, never a score of the person.
 */
import type { Verdict } from '../delivery/index.js';

export interface SloFigureLike {
  before: number | null;
  after: number | null;
  difference: number | null;
  nBefore: number;
  nAfter: number;
  countedBefore: number;
  countedAfter: number;
  ci: readonly [number, number] | null;
  verdict: Verdict;
  noVerdictReason: string | null;
}

export interface AttributionLike {
  totalBurn: number;
  unattributedShare: number;
  events: readonly { kind: 'incident' | 'deployment'; id: string; title: string | null; share: number }[];
  moreEvents: number;
}

export interface SloOutcomeLike {
  slo: string;
  countedUnit: 'events' | 'slices';
  burnRate: SloFigureLike;
  sli: SloFigureLike;
  attribution: { before: AttributionLike; after: AttributionLike };
}

export interface SloOutcomeLine {
  text: string;
  verdict: Verdict;
  reason: string | null;
  headline: boolean;
}

const thousands = (n: number) => Math.round(n).toLocaleString('en-GB');
const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '±');
const burn = (v: number) => `${v.toFixed(2)}×`;
const burnDiff = (v: number) => `${sign(v)}${Math.abs(v).toFixed(2)}×`;
const sli = (v: number) => `${(v * 100).toFixed(3)}%`;
const sliDiff = (v: number) => `${sign(v)}${Math.abs(v * 100).toFixed(3)} pp`;

function line(label: string, f: SloFigureLike, unit: string, value: (v: number) => string, diff: (v: number) => string): string {
  const n = `n = ${f.nBefore} → ${f.nAfter} days with data, ${thousands(f.countedBefore)} → ${thousands(f.countedAfter)} ${unit}`;
  if (f.before === null || f.after === null) return `${label}: not enough data on both sides (${n})`;
  const ci = f.ci === null ? '' : `, 95% CI ${diff(f.ci[0])} to ${diff(f.ci[1])}`;
  const d = f.difference === null ? '' : `; ${diff(f.difference)}${ci}`;
  return `${label}: ${value(f.before)} → ${value(f.after)} (${n}${d})`;
}

/** The burn line first (the judged figure), then the SLI. */
export function describeSloOutcome(o: SloOutcomeLike): SloOutcomeLine[] {
  return [
    { text: line(`budget burn rate of SLO ${o.slo}`, o.burnRate, o.countedUnit, burn, burnDiff), verdict: o.burnRate.verdict, reason: o.burnRate.noVerdictReason, headline: true },
    { text: line(`SLI of SLO ${o.slo}`, o.sli, o.countedUnit, sli, sliDiff), verdict: o.sli.verdict, reason: o.sli.noVerdictReason, headline: false },
  ];
}

/** "Burn before: incident inc-1 (Checkout timeouts) overlaps 64.0% of the burn; … 24.0% overlaps neither." */
export function describeAttribution(side: 'before' | 'after', a: AttributionLike): string {
  if (a.totalBurn === 0) return `Burn ${side}: the budget did not burn (no minute above the budget's rate).`;
  if (a.events.length === 0) return `Burn ${side}: no incident or deployment overlaps the burning minutes.`;
  const parts = a.events.map((e) => `${e.kind} ${e.id}${e.title ? ` (${e.title})` : ''} overlaps ${pct(e.share)} of the burn`);
  const more = a.moreEvents > 0 ? `; ${a.moreEvents} more` : '';
  return `Burn ${side}: ${parts.join('; ')}${more}; ${pct(a.unattributedShare)} overlaps no incident or deployment.`;
}
