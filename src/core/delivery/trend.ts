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
    leads: metrics.leadTime.events.leadTimes.map((l) => ({ finishedAt: at(l.deployment), hours: l.hours })),
  });
}

/** What a trend is made of: when each deployment and failed deployment finished, and each lead time with its deployment's finish. */
export interface TrendPoints {
  deployments: Iterable<number | undefined>;
  failed: Iterable<number | undefined>;
  leads: Iterable<{ finishedAt: number | undefined; hours: number }>;
}

/** The weekly trend from finish times (both the full report and the figures-only summary use it). */
export function trendOf(timeZone: string, p: TrendPoints): WeekPoint[] {
  const labels = new Map<number, string>();
  const weekOf = (at: number | undefined): string | undefined => {
    if (at === undefined) return undefined;
    const day = localDay(at, timeZone);
    const monday = day - isoWeekday(day);
    let label = labels.get(monday);
    if (label === undefined) labels.set(monday, (label = dayLabel(monday)));
    return label;
  };
  const weeks = new Map<string, { deployments: number; failed: number; leads: number[] }>();
  const bucket = (w: string) => {
    let b = weeks.get(w);
    if (!b) weeks.set(w, (b = { deployments: 0, failed: 0, leads: [] }));
    return b;
  };
  for (const at of p.deployments) {
    const w = weekOf(at);
    if (w) bucket(w).deployments++;
  }
  for (const at of p.failed) {
    const w = weekOf(at);
    if (w) bucket(w).failed++;
  }
  for (const l of p.leads) {
    const w = weekOf(l.finishedAt);
    if (w) bucket(w).leads.push(l.hours);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, b]) => ({ week, deployments: b.deployments, failed: b.failed, leadTimeMedianHours: median(b.leads), leadTimeN: b.leads.length }));
}
