/**
 * A team's on-call health over a window [from, to): the team figures (pages of the team's
 * members, off-hours / sleep-hours / weekend pages each in the paged person's own zone and
 * working hours, load Gini, alert noise, trends against the team's own history) and each active
 * member's load. The use case decides who may see the per-person part (the access policy);
 * this function computes it for everyone so the team's Gini and shares are exact.
 */
import { noise, noisyAlerts, type Noise, type NoisyAlert } from '../oncall/noise.js';
import { sloAlertNoise, type SloAlertHistory, type SloAlertNoise } from '../oncall/slo-alerts.js';
import { WEEK, inWindow, type OncallPage, type OncallShift, type TimeWindow } from '../oncall/types.js';
import { gini } from './gini.js';
import { causesOf, classifyAll, countClasses, personLoad, trendFlag, type ClassifiedPage, type Flag, type LoadCounts, type PersonLoad } from './load.js';
import type { LocalRules } from './local-time.js';
import type { WellbeingThresholds } from './thresholds.js';
import { trend, type Trend, type TrendRule } from './trend.js';

export const TREND_WEEKS = [4, 13] as const;
export const BASELINE_WEEKS = 52;

export interface TeamMember {
  id: string;
  rules: LocalRules;
}

export interface TeamOncallInput {
  team: string;
  window: TimeWindow;
  members: readonly TeamMember[];
  /** Pages of the members from at least `historyFrom(window)` to `window.to`. */
  pages: readonly OncallPage[];
  /** The members' shifts overlapping that span. */
  shifts: readonly OncallShift[];
  /** Incidents (start and participants) that started in the window. */
  incidents: readonly { startedAt: number; participants: readonly string[] }[];
  /** Burn-rate alert episodes of the team's services, or null while no SLO alert source exists. */
  sloAlertEpisodes: SloAlertHistory | null;
  thresholds: WellbeingThresholds;
}

export interface TeamOncall extends LoadCounts, Noise {
  team: string;
  window: TimeWindow;
  members: number;
  loadGini: number | null;
  onCallHours: number;
  sloAlerts: SloAlertNoise | null;
  trends: { offHours4: Trend; offHours13: Trend; pages4: Trend; pages13: Trend };
  /** Team-level flags (load concentration, off-hours trend); never name a person. */
  flags: Flag[];
  noisyAlerts: NoisyAlert[];
  people: PersonLoad[];
}

/** How far back pages must be loaded for the 13-week trend's baseline. */
export function historyFrom(w: TimeWindow): number {
  return Math.min(w.from, w.to - (Math.max(...TREND_WEEKS) + BASELINE_WEEKS) * WEEK);
}

function periods(to: number, weeks: number): { recent: TimeWindow; baseline: TimeWindow } {
  const split = to - weeks * WEEK;
  return { recent: { from: split, to }, baseline: { from: split - BASELINE_WEEKS * WEEK, to: split } };
}

const count = (pages: readonly ClassifiedPage[], w: TimeWindow, pick: (p: ClassifiedPage) => boolean) => pages.filter((p) => pick(p) && inWindow(p.page.at, w)).length;

export function teamOncall(i: TeamOncallInput): TeamOncall {
  const rule: TrendRule = { alpha: i.thresholds.trendAlpha, minEvents: i.thresholds.trendMinEvents, baselineWeeks: BASELINE_WEEKS };
  const memberIds = new Set(i.members.map((m) => m.id));
  const byPerson = new Map<string, ClassifiedPage[]>();
  for (const m of i.members) byPerson.set(m.id, classifyAll(i.pages.filter((p) => p.person === m.id), m.rules));
  const all = [...byPerson.values()].flat();
  const inside = all.filter((p) => inWindow(p.page.at, i.window));
  const teamShifts = i.shifts.filter((s) => memberIds.has(s.person));
  // The team's history starts with its first shift or page: a baseline is never credited with weeks before it.
  const historyStart = [...teamShifts.map((s) => s.start), ...all.map((p) => p.page.at)].reduce((a, b) => Math.min(a, b), i.window.to);
  // A baseline shorter than the recent period it judges is no baseline: exposure 0 → "not enough data".
  const baselineWeeks = (b: TimeWindow, recentWeeks: number) => {
    const span = Math.max(0, (b.to - Math.max(b.from, historyStart)) / WEEK);
    return span < recentWeeks ? 0 : span;
  };

  const teamTrend = (weeks: number, pick: (p: ClassifiedPage) => boolean): Trend => {
    const { recent, baseline } = periods(i.window.to, weeks);
    return trend({ weeks, recentEvents: count(all, recent, pick), baselineEvents: count(all, baseline, pick), baselineExposureWeeks: baselineWeeks(baseline, weeks) }, rule);
  };
  const offHours = (p: ClassifiedPage) => p.offHours;
  const any = () => true;
  const trends = { offHours4: teamTrend(4, offHours), offHours13: teamTrend(13, offHours), pages4: teamTrend(4, any), pages13: teamTrend(13, any) };

  const counts = countClasses(inside);
  const people = i.members.map((m) => {
    const own = byPerson.get(m.id)!;
    const personTrend = (weeks: number): Trend => {
      const { recent, baseline } = periods(i.window.to, weeks);
      // Against the team's usual per member-week: the same team, its own history.
      return trend({ weeks, recentEvents: count(own, recent, offHours), baselineEvents: count(all, baseline, offHours), baselineExposureWeeks: baselineWeeks(baseline, weeks) * i.members.length }, rule);
    };
    return personLoad({
      person: m.id,
      rules: m.rules,
      window: i.window,
      pages: own,
      shifts: teamShifts.filter((s) => s.person === m.id),
      incidentsWorked: i.incidents.filter((x) => inWindow(x.startedAt, i.window) && x.participants.includes(m.id)).length,
      teamPages: counts.pages,
      trends: { offHours4: personTrend(4), offHours13: personTrend(13) },
      thresholds: i.thresholds,
    });
  });
  const loadGini = gini(people.map((p) => p.pages));
  const flags: Flag[] = [];
  if (loadGini !== null && counts.pages >= i.thresholds.minPages && loadGini > i.thresholds.loadGini) {
    flags.push({ key: 'loadGini', text: `Pages are concentrated on a few people (Gini ${loadGini.toFixed(2)})`, value: loadGini, threshold: i.thresholds.loadGini, unit: 'gini', n: counts.pages, causes: causesOf(inside.map((p) => p.page)) });
  }
  for (const [key, tr] of [['offHoursTrend4', trends.offHours4], ['offHoursTrend13', trends.offHours13]] as const) {
    if (tr.verdict === 'higher') flags.push(trendFlag(key, tr, 'than in the team’s previous year', i.thresholds, all.filter((p) => inWindow(p.page.at, periods(i.window.to, tr.weeks).recent))));
  }
  return {
    team: i.team,
    window: i.window,
    members: i.members.length,
    ...noise(inside.map((p) => p.page), teamShifts, i.window),
    ...counts,
    loadGini,
    onCallHours: people.reduce((s, p) => s + p.onCallHours, 0),
    sloAlerts: sloAlertNoise(i.sloAlertEpisodes, i.window),
    trends,
    flags,
    noisyAlerts: noisyAlerts(inside.map((p) => p.page), i.window),
    people,
  };
}
