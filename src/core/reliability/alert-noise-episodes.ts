/**
 * SLO burn-rate alert episodes for on-call noise (spec/reliability.md, "alert noise"): the
 * episodes of every alert pair that started in a window, each judged by whether real budget burn
 * followed — at least 2 % of the period's budget spent in the hour after it started. An alert
 * that fires and is followed by no burn is noise to tune; one followed by burn earned its page.
 */
import type { SloAlertEpisode } from '../oncall/slo-alerts.js';
import { errorBudget } from './budget.js';
import { HOUR, MINUTE } from './duration.js';
import { counted } from './error-ratio.js';
import { alertEpisodes } from './history.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';
import { periodMs } from './window.js';

/** The budget share that makes an alert "followed by real burn" (the spec's 2 % in the next hour). */
export const FOLLOWED_BY_BURN_SHARE = { n: 2n, d: 100n };
export const FOLLOWED_BY_BURN_MS = HOUR;

/** How far back alert pairs are evaluated before the window, so an episode's true start is found (the longest long window). */
export const EPISODE_LOOKBACK_MS = 3 * 24 * HOUR;

/**
 * Did ≥ 2 % of the budget burn in [start, start + 1 h)? The budget is B × the units counted over
 * the SLO period ending with that hour. Null when the hour is not over in the data or has none.
 */
export function followedByBurn(slo: SloDefinition, source: SliSource, start: number, dataEnd: number): boolean | null {
  const from = Math.ceil(start / MINUTE) * MINUTE;
  const end = from + FOLLOWED_BY_BURN_MS;
  if (end > dataEnd) return null;
  const hour = counted(slo, source.totals(from, end));
  const period = counted(slo, source.totals(end - periodMs(slo.window, end), end));
  if (hour === null || period === null) return null;
  const B = errorBudget(slo);
  const { n, d } = FOLLOWED_BY_BURN_SHARE;
  // bad ≥ share × B × counted, exactly when the counts are whole (Occurrences, Timeslices).
  if (Number.isInteger(hour.bad)) return BigInt(hour.bad) * d * B.d >= n * B.n * BigInt(period.counted);
  return hour.bad >= (Number(n) / Number(d)) * (Number(B.n) / Number(B.d)) * period.counted;
}

/** Episodes that started in [from, to), evaluated every five minutes up to the end of the data. */
export function noiseEpisodes(slo: SloDefinition, source: SliSource, window: { from: number; to: number }, dataEnd: number): SloAlertEpisode[] {
  const evalTo = Math.min(window.to, Math.floor(dataEnd / MINUTE) * MINUTE);
  if (evalTo <= window.from) return [];
  const evalFrom = Math.floor((window.from - EPISODE_LOOKBACK_MS) / (5 * MINUTE)) * 5 * MINUTE;
  return alertEpisodes(slo, source, evalFrom, evalTo)
    .filter((e) => e.from >= window.from && e.from < window.to)
    .map((e) => ({ slo: slo.name, service: slo.service, severity: e.severity, start: e.from, end: e.ongoing ? null : e.to, followedByBurn: followedByBurn(slo, source, e.from, dataEnd) }))
    .sort((a, b) => a.start - b.start);
}
