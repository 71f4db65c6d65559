/**
 * SLO alert noise: how many burn-rate alert episodes a team's services had per week, and the
 * share followed by real budget burn (≥ 2 % of the budget in the hour after the alert started).
 *
 * The episodes themselves come from the SLO engine (multi-window burn-rate alerts over stored SLI
 * slices); this module only summarises them. Until an episode source is wired in, callers pass
 * `null` and every figure here is null — "not available", never a made-up zero.
 */
import { WEEK, inWindow, type TimeWindow } from './types.js';

export interface SloAlertEpisode {
  slo: string;
  service: string;
  severity: 'page' | 'ticket';
  start: number;
  /** Null while it still fires. */
  end: number | null;
  /** Did ≥ 2 % of the budget burn in the hour after `start`? Null when the hour is not over or has no data. */
  followedByBurn: boolean | null;
}

export interface SloAlertNoise {
  episodes: number;
  perWeek: number;
  /** Episodes whose following hour could be judged, and how many of those burned ≥ 2 %. */
  judged: number;
  followedByBurn: number;
  followedByBurnShare: number | null;
}

/** Episodes of a window, and the part of it the SLI data covers: "per week" is over that part, not over weeks nobody measured. */
export interface SloAlertHistory {
  episodes: SloAlertEpisode[];
  covered: TimeWindow;
}

export function sloAlertNoise(history: SloAlertHistory | null, w: TimeWindow): SloAlertNoise | null {
  if (history === null) return null;
  // An episode belongs to the window it started in.
  const inside = history.episodes.filter((e) => inWindow(e.start, w));
  const judged = inside.filter((e) => e.followedByBurn !== null);
  const burned = judged.filter((e) => e.followedByBurn === true).length;
  const weeks = Math.max(0, Math.min(w.to, history.covered.to) - Math.max(w.from, history.covered.from)) / WEEK;
  return {
    episodes: inside.length,
    perWeek: weeks > 0 ? inside.length / weeks : 0,
    judged: judged.length,
    followedByBurn: burned,
    followedByBurnShare: judged.length > 0 ? burned / judged.length : null,
  };
}

/**
 * The seam between on-call noise and the SLO engine: burn-rate alert episodes of some services in
 * a window. The SLO engine implements it over the stored SLI slices
 * (app/reliability/slo-alert-episodes.ts, the default); `RouteDeps.sloAlerts` may replace it
 * (e.g. alert history from Prometheus). `noSloAlertHistory` answers null, and the figures say
 * "not available" rather than showing a zero nobody measured.
 */
export interface SloAlertEpisodeSource {
  episodes(services: readonly string[], window: TimeWindow): Promise<SloAlertHistory | null>;
}

export const noSloAlertHistory: SloAlertEpisodeSource = { episodes: () => Promise.resolve(null) };
