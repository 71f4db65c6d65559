/**
 * One person's on-call load in a window: their pages by where they fell in their own day, their
 * on-call hours and the incidents they worked — and the flags that say "worth a conversation",
 * each with its threshold beside it and its causes (the alerts and services that paged), so the
 * fix is one click away. This is a prompt to help, never an input to a rating.
 */
import type { OncallPage, OncallShift, TimeWindow } from '../oncall/types.js';
import { WEEK, HOUR, inWindow, overlapMs } from '../oncall/types.js';
import { classifyPage, type LocalRules, type PageTimeClass } from './local-time.js';
import type { WellbeingThresholds } from './thresholds.js';
import type { Trend } from './trend.js';

export interface Cause {
  service: string | null;
  alert: string | null;
  pages: number;
}

export type FlagKey = 'offHours' | 'sleepHours' | 'weekend' | 'onCallHours' | 'loadShare' | 'offHoursTrend4' | 'offHoursTrend13' | 'loadGini';

export interface Flag {
  key: FlagKey;
  /** A sentence a person can read. */
  text: string;
  value: number;
  threshold: number;
  /** `p-value`: a trend flag — `value` is the one-sided p, `threshold` the significance level. */
  unit: 'per week' | 'hours per week' | 'share' | 'gini' | 'p-value';
  /** The count behind the value. */
  n: number;
  /** Most frequent alerts/services behind it, most first (at most 3). */
  causes: Cause[];
}

export interface ClassifiedPage extends PageTimeClass {
  page: OncallPage;
}

export interface LoadCounts {
  pages: number;
  offHoursPages: number;
  sleepHoursPages: number;
  weekendPages: number;
}

export interface PersonLoad extends LoadCounts {
  person: string;
  zone: string;
  workingHours: { start: number; end: number };
  weeks: number;
  perWeek: { pages: number; offHours: number; sleepHours: number; weekend: number };
  onCallHours: number;
  onCallHoursPerWeek: number;
  incidentsWorked: number;
  /** Share of the team's pages in the window; null when the team had none. */
  shareOfTeamPages: number | null;
  trends: { offHours4: Trend; offHours13: Trend };
  flags: Flag[];
}

export function classifyAll(pages: readonly OncallPage[], rules: LocalRules): ClassifiedPage[] {
  return pages.map((page) => ({ page, ...classifyPage(page.at, rules) }));
}

export function countClasses(pages: readonly ClassifiedPage[]): LoadCounts {
  let offHoursPages = 0;
  let sleepHoursPages = 0;
  let weekendPages = 0;
  for (const p of pages) {
    if (p.offHours) offHoursPages++;
    if (p.sleepHours) sleepHoursPages++;
    if (p.weekend) weekendPages++;
  }
  return { pages: pages.length, offHoursPages, sleepHoursPages, weekendPages };
}

/** The alerts (or services, when no alert is named) behind a set of pages, most first. */
export function causesOf(pages: readonly OncallPage[], limit = 3): Cause[] {
  const m = new Map<string, Cause>();
  for (const p of pages) {
    const key = JSON.stringify([p.service, p.alert]);
    const c = m.get(key) ?? m.set(key, { service: p.service, alert: p.alert, pages: 0 }).get(key)!;
    c.pages++;
  }
  return [...m.values()].sort((a, b) => b.pages - a.pages || String(a.service).localeCompare(String(b.service)) || String(a.alert).localeCompare(String(b.alert))).slice(0, limit);
}

export const weeksIn = (w: TimeWindow): number => (w.to - w.from) / WEEK;

export function onCallHours(shifts: readonly OncallShift[], w: TimeWindow): number {
  return shifts.reduce((s, x) => s + overlapMs(x.start, x.end, w), 0) / HOUR;
}

export interface PersonLoadInput {
  person: string;
  rules: LocalRules;
  window: TimeWindow;
  /** The person's pages (any time; only those in the window count). */
  pages: readonly ClassifiedPage[];
  shifts: readonly OncallShift[];
  incidentsWorked: number;
  teamPages: number;
  trends: PersonLoad['trends'];
  thresholds: WellbeingThresholds;
}

export function personLoad(i: PersonLoadInput): PersonLoad {
  const inside = i.pages.filter((p) => inWindow(p.page.at, i.window));
  const counts = countClasses(inside);
  const weeks = weeksIn(i.window);
  const hours = onCallHours(i.shifts, i.window);
  const per = (n: number) => (weeks > 0 ? n / weeks : 0);
  const load: Omit<PersonLoad, 'flags'> = {
    person: i.person,
    zone: i.rules.zone,
    workingHours: i.rules.hours,
    weeks,
    ...counts,
    perWeek: { pages: per(counts.pages), offHours: per(counts.offHoursPages), sleepHours: per(counts.sleepHoursPages), weekend: per(counts.weekendPages) },
    onCallHours: hours,
    onCallHoursPerWeek: per(hours),
    incidentsWorked: i.incidentsWorked,
    shareOfTeamPages: i.teamPages > 0 ? counts.pages / i.teamPages : null,
    trends: i.trends,
  };
  const recent = (weeks: number) => i.pages.filter((p) => inWindow(p.page.at, { from: i.window.to - weeks * WEEK, to: i.window.to }));
  return { ...load, flags: personFlags(load, inside, recent, i.thresholds) };
}

function personFlags(l: Omit<PersonLoad, 'flags'>, pages: readonly ClassifiedPage[], recent: (weeks: number) => ClassifiedPage[], t: WellbeingThresholds): Flag[] {
  const flags: Flag[] = [];
  const kinds = [
    ['offHours', 'offHoursPages', l.perWeek.offHours, t.offHoursPerWeek, (p: ClassifiedPage) => p.offHours, 'off-hours pages'],
    ['sleepHours', 'sleepHoursPages', l.perWeek.sleepHours, t.sleepHoursPerWeek, (p: ClassifiedPage) => p.sleepHours, 'sleep-hour pages (22:00–07:00 local)'],
    ['weekend', 'weekendPages', l.perWeek.weekend, t.weekendPerWeek, (p: ClassifiedPage) => p.weekend, 'weekend pages'],
  ] as const;
  for (const [key, countKey, value, threshold, pick, label] of kinds) {
    const n = l[countKey];
    if (n >= t.minPages && value > threshold) {
      flags.push({ key, text: `${value.toFixed(1)} ${label} a week`, value, threshold, unit: 'per week', n, causes: causesOf(pages.filter(pick).map((p) => p.page)) });
    }
  }
  if (l.onCallHoursPerWeek > t.onCallHoursPerWeek) {
    flags.push({ key: 'onCallHours', text: `On call ${Math.round(l.onCallHoursPerWeek)} hours a week`, value: l.onCallHoursPerWeek, threshold: t.onCallHoursPerWeek, unit: 'hours per week', n: Math.round(l.onCallHours), causes: causesOf(pages.map((p) => p.page)) });
  }
  if (l.shareOfTeamPages !== null && l.pages >= t.minPages && l.shareOfTeamPages > t.loadShare) {
    flags.push({ key: 'loadShare', text: `Carried ${Math.round(l.shareOfTeamPages * 100)}% of the team’s pages`, value: l.shareOfTeamPages, threshold: t.loadShare, unit: 'share', n: l.pages, causes: causesOf(pages.map((p) => p.page)) });
  }
  for (const [key, tr] of [['offHoursTrend4', l.trends.offHours4], ['offHoursTrend13', l.trends.offHours13]] as const) {
    if (tr.verdict !== 'higher') continue;
    flags.push(trendFlag(key, tr, 'than is usual on this team', t, recent(tr.weeks)));
  }
  return flags;
}

/** A "higher than usual" trend as a flag: p below the significance level, causes from the recent period. */
export function trendFlag(key: FlagKey, tr: Trend, against: string, t: WellbeingThresholds, recentPages: readonly ClassifiedPage[]): Flag {
  return {
    key,
    text: `More off-hours pages in the last ${tr.weeks} weeks ${against} (${tr.recentPerWeek.toFixed(1)} vs ${(tr.usualPerWeek ?? 0).toFixed(1)} a week)`,
    value: tr.pHigher,
    threshold: t.trendAlpha,
    unit: 'p-value',
    n: tr.n,
    causes: causesOf(recentPages.filter((p) => p.offHours).map((p) => p.page)),
  };
}
