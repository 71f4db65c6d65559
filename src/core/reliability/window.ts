/**
 * The SLO's time window at an evaluation instant. A rolling window ends at the instant; a
 * calendar-aligned window is the period, counted from `startTime` in its IANA time zone, that
 * contains the instant — so a "1M" window in Europe/Berlin starts at local midnight on the 1st
 * and a "1d" window is 23 or 25 hours long across a daylight-saving change.
 */
import { DateTime } from 'luxon';
import { rollingMs, type Duration } from './duration.js';

export type TimeWindow =
  | { kind: 'rolling'; duration: Duration }
  | { kind: 'calendar'; duration: Duration; /** Local wall time, "YYYY-MM-DD HH:mm:ss". */ startTime: string; timeZone: string };

export interface ResolvedWindow {
  from: number;
  /** Exclusive end of the whole window. */
  to: number;
  /** How far the window has run at the evaluation instant (≤ to). */
  elapsedTo: number;
  inProgress: boolean;
}

const luxonUnit = { m: 'minutes', h: 'hours', d: 'days', w: 'weeks', M: 'months', Q: 'quarters', Y: 'years' } as const;

export function parseLocalStart(startTime: string, timeZone: string): DateTime | undefined {
  for (const format of ['yyyy-MM-dd HH:mm:ss', "yyyy-MM-dd'T'HH:mm:ss", 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd']) {
    const dt = DateTime.fromFormat(startTime, format, { zone: timeZone });
    if (dt.isValid) return dt;
  }
  return undefined;
}

export function isTimeZone(zone: string): boolean {
  return DateTime.now().setZone(zone).isValid;
}

/** The start of calendar period `k` (k may be negative: periods before `startTime`). */
function periodStart(start: DateTime, d: Duration, k: number): number {
  return start.plus({ [luxonUnit[d.unit]]: d.count * k }).toMillis();
}

export function resolveWindow(w: TimeWindow, at: number): ResolvedWindow {
  if (w.kind === 'rolling') return { from: at - rollingMs(w.duration), to: at, elapsedTo: at, inProgress: false };
  const start = parseLocalStart(w.startTime, w.timeZone);
  if (!start) throw new RangeError(`calendar startTime "${w.startTime}" in ${w.timeZone} is not a valid local time`);
  // A first guess by nominal length, then step to the period that holds `at`.
  let k = Math.floor((at - start.toMillis()) / rollingMs(w.duration));
  while (periodStart(start, w.duration, k) > at) k--;
  while (periodStart(start, w.duration, k + 1) <= at) k++;
  const from = periodStart(start, w.duration, k);
  const to = periodStart(start, w.duration, k + 1);
  return { from, to, elapsedTo: at, inProgress: at < to };
}

/** Length of the SLO period, for alert factors: the rolling length, or the current calendar period's. */
export function periodMs(w: TimeWindow, at: number): number {
  const r = resolveWindow(w, at);
  return r.to - r.from;
}
