/**
 * Where a page falls in the paged person's own day (spec/reliability.md, "Exact rules").
 *
 * The zone is the person's `timezone`, else their team's, else UTC; working hours are the
 * person's `workingHours`, else 09:00–17:00. Local time is the page's instant in that zone, so a
 * daylight-saving change moves the boundaries with it (05:30Z is 06:30 in Berlin in winter and
 * 07:30 in summer). Every interval is start-inclusive and end-exclusive.
 */
import { DateTime } from 'luxon';

export const DEFAULT_WORKING_HOURS = '09:00-17:00';
/** Sleep hours: 22:00 ≤ local time or local time < 07:00, any day. */
export const SLEEP_START_MINUTE = 22 * 60;
export const SLEEP_END_MINUTE = 7 * 60;

export interface WorkingHours {
  /** Minutes after local midnight; `end` may be 1440 ("24:00"). */
  start: number;
  end: number;
}

export interface LocalRules {
  zone: string;
  hours: WorkingHours;
}

export interface PageTimeClass {
  offHours: boolean;
  sleepHours: boolean;
  weekend: boolean;
}

/** "09:00-17:00" → minutes; throws on a malformed value (the import schema checks the shape first). */
export function parseWorkingHours(text: string): WorkingHours {
  const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(text);
  if (!m) throw new Error(`working hours "${text}" must look like 09:00-17:00`);
  const [, h1, m1, h2, m2] = m.map(Number) as [number, number, number, number, number];
  return { start: h1 * 60 + m1, end: h2 * 60 + m2 };
}

/** The person's zone and working hours by the spec's fall-backs. */
export function localRules(person: { timezone: string | null; workingHours: string | null }, teamTimezone: string | null): LocalRules {
  return { zone: person.timezone ?? teamTimezone ?? 'UTC', hours: parseWorkingHours(person.workingHours ?? DEFAULT_WORKING_HOURS) };
}

/** Milliseconds since local midnight, and the local weekday (1 = Monday … 7 = Sunday). */
export function localClock(at: number, zone: string): { msOfDay: number; weekday: number } {
  const t = DateTime.fromMillis(at, { zone });
  if (!t.isValid) throw new Error(`"${zone}" is not an IANA time zone`);
  return { msOfDay: ((t.hour * 60 + t.minute) * 60 + t.second) * 1000 + t.millisecond, weekday: t.weekday };
}

/**
 * Off hours: not (Monday–Friday and start ≤ local < end). Working hours that wrap past midnight
 * ("22:00-06:00") count as in hours on either side of midnight of a working day's local date.
 */
export function classifyPage(at: number, rules: LocalRules): PageTimeClass {
  const { msOfDay, weekday } = localClock(at, rules.zone);
  const minute = msOfDay / 60_000;
  const weekend = weekday >= 6;
  const { start, end } = rules.hours;
  const withinHours = start <= end ? start <= minute && minute < end : minute >= start || minute < end;
  return {
    offHours: weekend || !withinHours,
    sleepHours: minute >= SLEEP_START_MINUTE || minute < SLEEP_END_MINUTE,
    weekend,
  };
}
