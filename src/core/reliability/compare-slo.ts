/**
 * Before and after a moment t for an SLO (spec/reliability.md, "Burn attribution (evidence)";
 * the method of spec/delivery.md, "Comparing before and after"): the error ratio over
 * [t − W, t) and [t, t + W), shown as budget burn rate (error ratio ÷ B; 1 spends the budget
 * exactly over the SLO period) and as SLI (1 − error ratio), with n on each side and a 95%
 * interval of the difference.
 *
 * Why this interval: minutes of one day are not independent (an incident is a burst of bad
 * minutes; a busy day is busy all day), so treating every request as independent gives intervals
 * far too narrow and calls noise a change. The independent unit is the DAY: each side's variance
 * is estimated by resampling whole days with replacement (a cluster bootstrap, seeded), turned
 * into an effective number of events, and the two sides are joined by Newcombe's hybrid score
 * interval of Wilson intervals — the method delivery uses for its rates, which stays honest at
 * zero bad events (a side with no bad event still has an upper bound above zero). Each side's
 * design effect is at least that of both sides pooled: a side that happened to have no incident
 * looks calm day to day, but the SLI's own history says how bursty it is (and a side with no bad
 * event at all has no spread to measure). It is never below 1 (never more certain than
 * independent events).
 * A verdict needs the interval to exclude zero and at least MIN_SLO_DAYS days with data a side.
 */
import { verdictOf, type BetterWhen, type Verdict } from '../delivery/comparison-rules.js';
import { wilsonInterval } from '../delivery/proportion-interval.js';
import { Rng } from '../demo/random.js';
import { errorBudget } from './budget.js';
import { DAY } from './duration.js';
import { counted } from './error-ratio.js';
import { toNumber } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';

/** The least days with data on each side for a verdict (two weeks: weekday and weekend rhythm twice). */
export const MIN_SLO_DAYS = 14;
export const MIN_SLO_WINDOW_DAYS = 7;
export const SLO_RESAMPLES = 2000;

/** One day's bad and counted units (events for Occurrences, slices for the Timeslices methods). */
export interface DayCount {
  day: number;
  bad: number;
  counted: number;
}

export interface SloFigureComparison {
  before: number | null;
  after: number | null;
  difference: number | null;
  /** Days with data on each side: the units the interval resamples. */
  nBefore: number;
  nAfter: number;
  /** Counted events (or slices) on each side. */
  countedBefore: number;
  countedAfter: number;
  badBefore: number;
  badAfter: number;
  ci: [number, number] | null;
  betterWhen: BetterWhen;
  verdict: Verdict;
  noVerdictReason: string | null;
}

export interface SloComparison {
  t: number;
  windowMs: number;
  requestedWindowMs: number;
  /** What bad and counted count: events or slices. */
  countedUnit: 'events' | 'slices';
  seed: number;
  resamples: number;
  notes: string[];
  /** Budget burn rate (average over the side). */
  burnRate: SloFigureComparison;
  sli: SloFigureComparison;
}

export interface SloCompareOptions {
  t: number;
  windowMs: number;
  /** The first and the end of the stored data: days outside it are not days without errors. */
  dataStart: number | null;
  dataEnd: number | null;
  seed?: number;
  resamples?: number;
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Days [from + k·DAY, …) of a side that lie inside the data, with their counts. */
export function dayCounts(slo: SloDefinition, source: SliSource, from: number, to: number, dataStart: number, dataEnd: number): DayCount[] {
  const out: DayCount[] = [];
  for (let d = from; d + DAY <= to; d += DAY) {
    if (d + DAY <= dataStart || d >= dataEnd) continue;
    const c = counted(slo, source.totals(d, d + DAY));
    if (c !== null && c.counted > 0) out.push({ day: d, bad: c.bad, counted: c.counted });
  }
  return out;
}

interface SideEstimate {
  p: number | null;
  bad: number;
  counted: number;
  /** Bootstrap variance of p over resampled days; null with fewer than two days. */
  variance: number | null;
}

function estimate(days: readonly DayCount[], rng: Rng, resamples: number): SideEstimate {
  let bad = 0, total = 0;
  for (const d of days) {
    bad += d.bad;
    total += d.counted;
  }
  if (total === 0) return { p: null, bad, counted: total, variance: null };
  const p = bad / total;
  if (days.length < 2) return { p, bad, counted: total, variance: null };
  let sum = 0, sumSq = 0, k = 0;
  for (let r = 0; r < resamples; r++) {
    let b = 0, c = 0;
    for (let i = 0; i < days.length; i++) {
      const d = days[Math.floor(rng.next() * days.length)]!;
      b += d.bad;
      c += d.counted;
    }
    if (c === 0) continue;
    const x = b / c;
    sum += x;
    sumSq += x * x;
    k += 1;
  }
  const mean = sum / k;
  return { p, bad, counted: total, variance: k > 1 ? Math.max(0, (sumSq - k * mean * mean) / (k - 1)) : null };
}

/** Variance over binomial variance; null when it cannot be told (no bad or no good unit). */
function designEffect(s: SideEstimate): number | null {
  if (s.p === null || s.variance === null || s.p <= 0 || s.p >= 1) return null;
  const binomial = (s.p * (1 - s.p)) / s.counted;
  return s.variance / binomial;
}

/** Wilson interval of the error ratio on effective counts. */
function sideInterval(s: SideEstimate, deff: number): [number, number] | null {
  if (s.p === null) return null;
  const nEff = s.counted / deff;
  return wilsonInterval(s.p * nEff, nEff);
}

/** The 95% interval of p_after − p_before (error ratios). */
export function errorRatioDifference(before: readonly DayCount[], after: readonly DayCount[], rng: Rng, resamples: number): [number, number] | null {
  const b = estimate(before, rng.fork('before'), resamples);
  const a = estimate(after, rng.fork('after'), resamples);
  if (b.p === null || a.p === null) return null;
  const pooled = designEffect(estimate([...before, ...after], rng.fork('pooled'), resamples));
  const deffOf = (s: SideEstimate) => Math.max(1, designEffect(s) ?? 1, pooled ?? 1);
  const wb = sideInterval(b, deffOf(b));
  const wa = sideInterval(a, deffOf(a));
  if (wb === null || wa === null) return null;
  // Newcombe's hybrid score interval (method 10) from the two Wilson intervals.
  const d = a.p - b.p;
  const lower = d - Math.sqrt((a.p - wa[0]) ** 2 + (wb[1] - b.p) ** 2);
  const upper = d + Math.sqrt((wa[1] - a.p) ** 2 + (b.p - wb[0]) ** 2);
  return [Math.max(-1, lower), Math.min(1, upper)];
}

export function compareSloAround(slo: SloDefinition, source: SliSource, options: SloCompareOptions): SloComparison {
  const { t, windowMs: requested, seed = 1, resamples = SLO_RESAMPLES } = options;
  const notes: string[] = [];
  const dataEnd = options.dataEnd ?? t;
  const dataStart = options.dataStart ?? t;
  let windowMs = requested;
  if (options.dataEnd === null) {
    windowMs = 0;
    notes.push('No SLI data is stored for this SLO yet: there is nothing to compare.');
  } else if (t + requested > dataEnd) {
    windowMs = Math.max(0, Math.floor((dataEnd - t) / DAY) * DAY);
    notes.push(
      windowMs === 0
        ? `The SLI data ends on ${isoDay(dataEnd)}, before this moment: there is nothing after it to compare.`
        : `The SLI data ends on ${isoDay(dataEnd)}: both sides were shortened from ${requested / DAY} to ${windowMs / DAY} days.`,
    );
  }
  if (options.dataStart !== null && dataStart > t - windowMs && windowMs > 0) {
    notes.push(`The SLI data starts on ${isoDay(dataStart)}: the days before it are not counted (no data is not a perfect day).`);
  }
  const before = dayCounts(slo, source, t - windowMs, t, dataStart, dataEnd);
  const after = dayCounts(slo, source, t, t + windowMs, dataStart, dataEnd);
  const tooShort = windowMs < MIN_SLO_WINDOW_DAYS * DAY ? `Less than ${MIN_SLO_WINDOW_DAYS} days of SLI data after this moment: too soon to compare.` : null;
  const tooFew = before.length < MIN_SLO_DAYS || after.length < MIN_SLO_DAYS ? `Too little data for a verdict: ${before.length} days with SLI data before and ${after.length} after; a verdict needs at least ${MIN_SLO_DAYS} on each side.` : null;
  const reason = tooShort ?? tooFew;
  const ci = reason === null ? errorRatioDifference(before, after, new Rng(seed), resamples) : null;
  const B = toNumber(errorBudget(slo));
  const sum = (xs: readonly DayCount[]) => xs.reduce((s, d) => ({ bad: s.bad + d.bad, counted: s.counted + d.counted }), { bad: 0, counted: 0 });
  const sb = sum(before), sa = sum(after);
  const pb = sb.counted > 0 ? sb.bad / sb.counted : null;
  const pa = sa.counted > 0 ? sa.bad / sa.counted : null;
  const common = { nBefore: before.length, nAfter: after.length, countedBefore: sb.counted, countedAfter: sa.counted, badBefore: sb.bad, badAfter: sa.bad };
  const figure = (f: (p: number) => number, better: BetterWhen, ciOf: (c: [number, number]) => [number, number]): SloFigureComparison => {
    const before = pb === null ? null : f(pb);
    const after = pa === null ? null : f(pa);
    const interval = ci === null ? null : ciOf(ci);
    return {
      ...common,
      before,
      after,
      difference: before === null || after === null ? null : after - before,
      ci: interval,
      betterWhen: better,
      verdict: verdictOf(interval, better),
      noVerdictReason: reason ?? (interval === null ? 'Not enough data on both sides to tell.' : null),
    };
  };
  return {
    t,
    windowMs,
    requestedWindowMs: requested,
    countedUnit: slo.budgetingMethod === 'Occurrences' ? 'events' : 'slices',
    seed,
    resamples,
    notes,
    burnRate: figure((p) => p / B, 'lower', ([lo, hi]) => [lo / B, hi / B]),
    sli: figure((p) => 1 - p, 'higher', ([lo, hi]) => [-hi, -lo]),
  };
}
