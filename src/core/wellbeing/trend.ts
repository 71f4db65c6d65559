/**
 * The trend rule: are the last 4 (or 13) weeks unusual against the team's own history?
 *
 * - Recent period: the `weeks` weeks ending at the window's end. Baseline: the `baselineWeeks`
 *   (default 52) weeks before it — the team's own history, not another team's or a benchmark.
 * - A team's trend compares the team's count in each period per week. A person's trend compares
 *   their count per week with the team's count per member-week in the baseline ("more than is
 *   usual on this team"), so a team that always pages a lot does not flag everyone on it.
 * - Verdict by the exact conditional Poisson test (rate-test.ts) at one-sided `alpha`
 *   (default 0.01): `higher` / `lower` only when the tail probability is below alpha; otherwise
 *   `as-usual`. With fewer than `minEvents` (default 10) events in both periods together the
 *   verdict is `not-enough-data` — including zero events, which is never "better" or "worse".
 *
 * Under no change, a `higher` verdict happens with probability at most alpha (the exact test is
 * conservative); wellbeing.test.ts checks this by simulation.
 */
import { compareRates } from './rate-test.js';

export type TrendVerdict = 'higher' | 'lower' | 'as-usual' | 'not-enough-data';

export interface TrendRule {
  alpha: number;
  minEvents: number;
  baselineWeeks: number;
}

export const DEFAULT_TREND_RULE: TrendRule = { alpha: 0.01, minEvents: 10, baselineWeeks: 52 };

export interface Trend {
  weeks: number;
  /** Events in the recent period and per week. */
  recent: number;
  recentPerWeek: number;
  /** Events in the baseline, and the expected events per week for the subject (team or one member). */
  baseline: number;
  usualPerWeek: number | null;
  /** Events in both periods: the n behind the verdict. */
  n: number;
  ratio: number | null;
  pHigher: number;
  verdict: TrendVerdict;
}

export interface TrendInput {
  weeks: number;
  recentEvents: number;
  baselineEvents: number;
  /** Exposure of the baseline in subject-weeks: weeks for a team, member-weeks for a person. */
  baselineExposureWeeks: number;
}

export function trend(input: TrendInput, rule: TrendRule = DEFAULT_TREND_RULE): Trend {
  const { weeks, recentEvents, baselineEvents, baselineExposureWeeks } = input;
  const n = recentEvents + baselineEvents;
  const c = compareRates({ events: recentEvents, exposure: weeks }, { events: baselineEvents, exposure: baselineExposureWeeks });
  const base = { weeks, recent: recentEvents, recentPerWeek: c.recentRate, baseline: baselineEvents, usualPerWeek: c.baselineRate, n, ratio: c.ratio, pHigher: c.pHigher };
  if (n < rule.minEvents || baselineExposureWeeks <= 0) return { ...base, verdict: 'not-enough-data' };
  if (c.pHigher < rule.alpha) return { ...base, verdict: 'higher' };
  if (c.pLower < rule.alpha) return { ...base, verdict: 'lower' };
  return { ...base, verdict: 'as-usual' };
}
