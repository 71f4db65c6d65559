/**
 * Multi-window, multi-burn-rate alerts (spec/reliability.md). A pair fires when both its long and
 * its short window burn faster than its factor — strictly: a burn rate exactly at the factor
 * does not fire — and the long window holds at least the SLO's minimum events. The factor is
 * derived per SLO period so the budget share stays fixed: factor = share × period ÷ long window
 * (14.4 for the 1 h page of a 30-day SLO, 13.44 for a 28-day one).
 */
import { burnRateExact, type BurnWindow } from './burn.js';
import { HOUR, MINUTE, DAY } from './duration.js';
import { cmp, div, mul, rat, sub, toNumber, type Rational } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';
import { periodMs } from './window.js';

export interface AlertPair {
  severity: 'page' | 'ticket';
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
  longMs: number;
  shortMs: number;
  /** The share of the period's budget the long window spends at the factor. */
  budgetShare: Rational;
}

export const ALERT_PAIRS: readonly AlertPair[] = [
  { severity: 'page', longWindow: '1h', shortWindow: '5m', longMs: HOUR, shortMs: 5 * MINUTE, budgetShare: rat(2, 100) },
  { severity: 'page', longWindow: '6h', shortWindow: '30m', longMs: 6 * HOUR, shortMs: 30 * MINUTE, budgetShare: rat(5, 100) },
  { severity: 'ticket', longWindow: '1d', shortWindow: '2h', longMs: DAY, shortMs: 2 * HOUR, budgetShare: rat(10, 100) },
  { severity: 'ticket', longWindow: '3d', shortWindow: '6h', longMs: 3 * DAY, shortMs: 6 * HOUR, budgetShare: rat(10, 100) },
];

export function alertFactor(pair: AlertPair, period: number): Rational {
  return div(mul(pair.budgetShare, rat(period)), rat(pair.longMs));
}

export interface AlertStatus {
  severity: 'page' | 'ticket';
  longWindow: BurnWindow;
  shortWindow: BurnWindow;
  factor: number;
  firing: boolean;
  longBurnRate: number | null;
  shortBurnRate: number | null;
  /** Share of the period's budget spent in the long window when the pair fires at its factor. */
  budgetConsumedIfFires: number;
  /** Events in the long window, and the guard they must reach. */
  events: number;
  minEvents: number;
  /** True when the burn rates exceed the factor but too few events stand behind them. */
  heldByMinimumEvents: boolean;
  /** Minutes until the whole-window budget is gone at the short window's burn rate; null when not burning. */
  minutesToExhaustion: number | null;
  /** ISO instant the pair started firing (interpolated within the minute), when firing. */
  firingSince: string | null;
}

interface Check {
  long: Rational | null;
  short: Rational | null;
  events: number;
  burning: boolean;
  firing: boolean;
}

function check(slo: SloDefinition, source: SliSource, pair: AlertPair, factor: Rational, at: number): Check {
  const long = burnRateExact(slo, source, at, pair.longMs);
  const short = burnRateExact(slo, source, at, pair.shortMs);
  const events = source.totals(at - pair.longMs, at).total;
  const burning = long !== null && short !== null && cmp(long, factor) > 0 && cmp(short, factor) > 0;
  return { long, short, events, burning, firing: burning && events >= slo.minEvents };
}

/**
 * When the pair started firing: walk back minute by minute to the last minute boundary where it
 * did not hold, then place the crossing inside that minute by linear interpolation of each burn
 * rate that was still below the factor (events inside a minute are taken as evenly spread).
 */
function firingSince(slo: SloDefinition, source: SliSource, pair: AlertPair, factor: Rational, at: number, limit: number, now: Check): number {
  let t1 = at;
  let c1 = now;
  for (let t = at - MINUTE; t >= at - limit; t -= MINUTE) {
    const c0 = check(slo, source, pair, factor, t);
    if (!c0.firing) {
      let frac = rat(0);
      for (const [b0, b1] of [[c0.long, c1.long], [c0.short, c1.short]] as const) {
        if (b0 === null || b1 === null || cmp(b0, factor) > 0) continue;
        const f = div(sub(factor, b0), sub(b1, b0));
        if (cmp(f, frac) > 0) frac = f;
      }
      return t + toNumber(frac) * MINUTE;
    }
    t1 = t;
    c1 = c0;
  }
  return t1;
}

export function alertStatuses(slo: SloDefinition, source: SliSource, at: number, remaining: Rational | null): AlertStatus[] {
  const period = periodMs(slo.window, at);
  return ALERT_PAIRS.map((pair) => {
    const factor = alertFactor(pair, period);
    const c = check(slo, source, pair, factor, at);
    const shortRate = c.short === null ? 0 : toNumber(c.short);
    let minutesToExhaustion: number | null = null;
    if (remaining !== null && shortRate > 0) minutesToExhaustion = Math.max(0, (toNumber(remaining) * period) / shortRate / MINUTE);
    return {
      severity: pair.severity,
      longWindow: pair.longWindow,
      shortWindow: pair.shortWindow,
      factor: toNumber(factor),
      firing: c.firing,
      longBurnRate: c.long === null ? null : toNumber(c.long),
      shortBurnRate: c.short === null ? null : toNumber(c.short),
      budgetConsumedIfFires: toNumber(pair.budgetShare),
      events: c.events,
      minEvents: slo.minEvents,
      heldByMinimumEvents: c.burning && !c.firing,
      minutesToExhaustion,
      firingSince: c.firing ? new Date(firingSince(slo, source, pair, factor, at, period, c)).toISOString() : null,
    };
  });
}

/** Whether the pair fires at `at` (for alert history). */
export function pairFires(slo: SloDefinition, source: SliSource, pair: AlertPair, at: number): boolean {
  return check(slo, source, pair, alertFactor(pair, periodMs(slo.window, at)), at).firing;
}
