/**
 * Error budget over the SLO's window. B = 1 − target.
 * - Occurrences: consumed = (Σbad / Σtotal) / B.
 * - Timeslices and RatioTimeslices: consumed = bad slices / (B × slices in the whole window).
 * A calendar window in progress has two readings: "to date" (over what has elapsed) and "whole
 * window" (against the budget of the whole period; for Occurrences the period's events are
 * projected from the elapsed rate, since they are not known yet). The headline is the whole
 * window's, which is what a team can still spend.
 */
import { counted, errorRatio } from './error-ratio.js';
import { div, mul, ONE, rat, sub, toNumber, type Rational } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';
import { resolveWindow, type ResolvedWindow } from './window.js';

export interface BudgetReading {
  /** May exceed 1 (overspent). Null without data. */
  consumed: number | null;
  /** 1 − consumed, clamped to [0, 1]. */
  remaining: number | null;
  /** 1 − consumed, unclamped (negative when overspent). */
  remainingSigned: number | null;
}

export interface BudgetFigures {
  window: ResolvedWindow;
  sli: number | null;
  /** Exact consumed budget (whole window), for exact comparisons and time to exhaustion. */
  consumedExact: Rational | null;
  wholeWindow: BudgetReading;
  toDate: BudgetReading;
  good: number;
  total: number;
  bad: number;
  /** Timeslices: slice counts over the elapsed window. */
  slices?: { good: number; bad: number; withoutData: number; inWholeWindow: number };
}

export function errorBudget(slo: SloDefinition): Rational {
  return sub(ONE, slo.target);
}

function reading(consumed: Rational | null): BudgetReading {
  if (consumed === null) return { consumed: null, remaining: null, remainingSigned: null };
  const c = toNumber(consumed);
  const signed = toNumber(sub(ONE, consumed));
  return { consumed: c, remaining: Math.min(1, Math.max(0, signed)), remainingSigned: signed };
}

export function budgetFigures(slo: SloDefinition, source: SliSource, at: number): BudgetFigures {
  const window = resolveWindow(slo.window, at);
  const t = source.totals(window.from, window.elapsedTo);
  const B = errorBudget(slo);
  const ratio = errorRatio(slo, t);
  const c = counted(slo, t);
  const sliceMs = slo.timeSliceMinutes * 60_000;
  const base = { window, good: t.good, total: t.total, bad: t.total - t.good, sli: ratio === null ? null : toNumber(sub(ONE, ratio)) };
  if (ratio === null || c === null) return { ...base, consumedExact: null, wholeWindow: reading(null), toDate: reading(null) };

  if (slo.budgetingMethod === 'Occurrences') {
    const toDate = div(ratio, B);
    // Events of the whole period, projected from the elapsed share of it.
    const elapsed = window.elapsedTo - window.from;
    const whole = window.inProgress && elapsed > 0 ? mul(toDate, rat(elapsed, window.to - window.from)) : toDate;
    return { ...base, consumedExact: whole, wholeWindow: reading(whole), toDate: reading(toDate) };
  }
  const inWhole = Math.ceil(window.to / sliceMs) - Math.ceil(window.from / sliceMs);
  const badExact = Number.isInteger(c.bad) ? rat(BigInt(c.bad)) : mul(ratio, rat(c.counted));
  const whole = div(badExact, mul(B, rat(inWhole)));
  const toDate = div(badExact, mul(B, rat(Math.max(1, t.slices))));
  return {
    ...base,
    consumedExact: whole,
    wholeWindow: reading(whole),
    toDate: reading(window.inProgress ? toDate : whole),
    slices: { good: t.goodSlices, bad: t.dataSlices - t.goodSlices, withoutData: t.slices - t.dataSlices, inWholeWindow: inWhole },
  };
}
