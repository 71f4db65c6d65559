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
  const weekOf = (id: string): string | undefined => {
    const at = finishedAt.get(id);
    if (at === undefined) return undefined;
    const day = localDay(at, metrics.timeZone);
    return dayLabel(day - isoWeekday(day));
  };
  const weeks = new Map<string, { deployments: number; failed: number; leads: number[] }>();
  const bucket = (w: string) => {
    let b = weeks.get(w);
    if (!b) weeks.set(w, (b = { deployments: 0, failed: 0, leads: [] }));
    return b;
  };
  for (const id of metrics.deploymentFrequency.events.deployments) {
    const w = weekOf(id);
    if (w) bucket(w).deployments++;
  }
  for (const f of metrics.changeFailureRate.events.failed) {
    const w = weekOf(f.deployment);
    if (w) bucket(w).failed++;
  }
  for (const l of metrics.leadTime.events.leadTimes) {
    const w = weekOf(l.deployment);
    if (w) bucket(w).leads.push(l.hours);
  }
  return [...weeks.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([week, b]) => ({ week, deployments: b.deployments, failed: b.failed, leadTimeMedianHours: median(b.leads), leadTimeN: b.leads.length }));
}
