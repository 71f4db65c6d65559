/**
 * Weekly trend of one window's figures, for charts: per ISO week (Monday start, the team's time
 * zone) the deployments, failed deployments and the true median lead time of what those
 * deployments shipped. Built from the window's own drill-down events, so the trend and the
 * headline figures can never disagree.
 */
import { dayLabel, isoWeekday, localDay } from './calendar.js';
import type { DeliveryMetrics } from './metrics.js';
import { median } from './stats.js';
import type { DeliveryInput } from './types.js';

export interface WeekPoint {
  /** The Monday of the week, `YYYY-MM-DD` (local to the team). */
  week: string;
  deployments: number;
  failed: number;
  leadTimeMedianHours: number | null;
  leadTimeN: number;
}

export function weeklyTrend(input: DeliveryInput, metrics: DeliveryMetrics): WeekPoint[] {
  const finishedAt = new Map(input.deployments.map((d) => [d.id, d.finishedAt]));
  const at = (id: string) => finishedAt.get(id);
  return trendOf(metrics.timeZone, {
    deployments: metrics.deploymentFrequency.events.deployments.map(at),
    failed: metrics.changeFailureRate.events.failed.map((f) => at(f.deployment)),
    leads: { finishedAt: metrics.leadTime.events.leadTimes.map((l) => at(l.deployment)), hours: metrics.leadTime.events.leadTimes.map((l) => l.hours) },
  });
}

/** What a trend is made of: when each deployment and failed deployment finished, and each lead time with its deployment's finish. */
export interface TrendPoints {
  deployments: Iterable<number | undefined>;
  failed: Iterable<number | undefined>;
  /** Parallel: each lead time's deployment finish, and its hours. */
  leads: { finishedAt: ArrayLike<number | undefined>; hours: ArrayLike<number> };
}

/** The weekly trend from finish times (both the full report and the figures-only summary use it). */
export function trendOf(timeZone: string, p: TrendPoints): WeekPoint[] {
  // Weeks by their Monday (local day number); labelled once at the end.
  const weeks = new Map<number, { deployments: number; failed: number; leads: number[] }>();
  // Lead times come grouped by deployment: the last answer is usually the next one.
  let lastAt: number | undefined;
  let last: { deployments: number; failed: number; leads: number[] } | undefined;
  const bucket = (at: number | undefined) => {
    if (at === undefined) return undefined;
    if (at === lastAt) return last;
    const day = localDay(at, timeZone);
    const monday = day - isoWeekday(day);
    let b = weeks.get(monday);
    if (!b) weeks.set(monday, (b = { deployments: 0, failed: 0, leads: [] }));
    lastAt = at;
    last = b;
    return b;
  };
  for (const at of p.deployments) {
    const b = bucket(at);
    if (b) b.deployments++;
  }
  for (const at of p.failed) {
    const b = bucket(at);
    if (b) b.failed++;
  }
  for (let i = 0; i < p.leads.hours.length; i++) {
    const b = bucket(p.leads.finishedAt[i]);
    if (b) b.leads.push(p.leads.hours[i]!);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, b]) => ({ week: dayLabel(monday), deployments: b.deployments, failed: b.failed, leadTimeMedianHours: median(b.leads), leadTimeN: b.leads.length }));
}
