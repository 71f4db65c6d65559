/**
 * An SLO over time, for the service reliability page: the whole-window budget remaining and the
 * 1 h and 6 h burn rates at each step (the burn-down and burn-rate charts), and the episodes in
 * which each alert pair fired (alert history), found by evaluating the pairs every few minutes.
 */
import { ALERT_PAIRS, pairFires } from './alerts.js';
import { budgetFigures } from './budget.js';
import { burnRateExact } from './burn.js';
import { HOUR, MINUTE } from './duration.js';
import { toNumber } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';

export interface HistoryPoint {
  at: number;
  budgetRemaining: number | null;
  burn1h: number | null;
  burn6h: number | null;
}

export interface AlertEpisode {
  severity: 'page' | 'ticket';
  longWindow: string;
  shortWindow: string;
  from: number;
  /** Exclusive; equals the history's end when still firing. */
  to: number;
  ongoing: boolean;
}

export function budgetHistory(slo: SloDefinition, source: SliSource, from: number, to: number, stepMs: number): HistoryPoint[] {
  const out: HistoryPoint[] = [];
  const rate = (t: number, w: number) => {
    const r = burnRateExact(slo, source, t, w);
    return r === null ? null : toNumber(r);
  };
  for (let t = from; t <= to; t += stepMs) {
    out.push({ at: t, budgetRemaining: budgetFigures(slo, source, t).wholeWindow.remainingSigned, burn1h: rate(t, HOUR), burn6h: rate(t, 6 * HOUR) });
  }
  return out;
}

export function alertEpisodes(slo: SloDefinition, source: SliSource, from: number, to: number, stepMs = 5 * MINUTE): AlertEpisode[] {
  const out: AlertEpisode[] = [];
  for (const pair of ALERT_PAIRS) {
    let start: number | null = null;
    for (let t = from; t <= to; t += stepMs) {
      const fires = pairFires(slo, source, pair, t);
      if (fires && start === null) start = t;
      if (!fires && start !== null) {
        out.push({ severity: pair.severity, longWindow: pair.longWindow, shortWindow: pair.shortWindow, from: start, to: t, ongoing: false });
        start = null;
      }
    }
    if (start !== null) out.push({ severity: pair.severity, longWindow: pair.longWindow, shortWindow: pair.shortWindow, from: start, to, ongoing: true });
  }
  return out.sort((a, b) => b.from - a.from);
}
