/** Plain data the on-call and wellbeing figures are computed from (loaded by src/app/oncall). */

export interface OncallPage {
  id: string;
  at: number;
  person: string | null;
  service: string | null;
  /** The alert that paged, when the source names it. */
  alert: string | null;
  actionable: boolean | null;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
}

export interface OncallShift {
  person: string;
  start: number;
  end: number;
}

/** A half-open window [from, to) of UTC instants (epoch ms). */
export interface TimeWindow {
  from: number;
  to: number;
}

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const WEEK = 7 * 24 * HOUR;

export const inWindow = (at: number, w: TimeWindow): boolean => w.from <= at && at < w.to;

/** Milliseconds of [start, end) inside the window. */
export function overlapMs(start: number, end: number, w: TimeWindow): number {
  return Math.max(0, Math.min(end, w.to) - Math.max(start, w.from));
}
