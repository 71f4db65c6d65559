/**
 * Local calendar days in a team's IANA time zone, with `Intl.DateTimeFormat` only: deploy-days
 * and ISO weeks are about the team's working days, so a 23:30 UTC deploy from Sydney belongs to
 * the next local day. Days are numbered since 1970-01-01 (a Thursday).
 */
import { DAY } from './types.js';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(timeZone: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    formats.set(timeZone, f);
  }
  return f;
}

const HOUR_MS = 3_600_000;
/** Per zone: the UTC offset (ms) throughout each hour seen (NaN: it changes inside it). */
const hourOffsets = new Map<string, Map<number, number>>();
const clocks = new Map<string, Intl.DateTimeFormat>();

/** The zone's offset from UTC at `ms`, to the second (what a wall clock there shows, minus UTC). */
function offsetAt(ms: number, timeZone: string): number {
  let f = clocks.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    clocks.set(timeZone, f);
  }
  const p: Record<string, number> = {};
  for (const part of f.formatToParts(new Date(ms))) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - Math.floor(ms / 1000) * 1000;
}

/** Per zone: the UTC offset (ms) throughout each UTC day seen (NaN: it changes inside it). */
const dayOffsets = new Map<string, Map<number, number>>();

/**
 * The local calendar day containing the instant `ms`. Formatting a date in a zone costs
 * microseconds and a large team's report asks tens of thousands of times, so the zone's offset
 * is kept per UTC day: when it is the same at both ends of a day it is the same throughout (no
 * zone changes its offset and back within a day), and the day is plain arithmetic. A day in which
 * the offset changes is kept per hour the same way (no zone changes its offset twice within an
 * hour), and an hour in which it changes is computed exactly, every time. UTC needs none of it.
 */
export function localDay(ms: number, timeZone: string): number {
  if (timeZone === 'UTC') return Math.floor(ms / DAY);
  let days = dayOffsets.get(timeZone);
  if (days === undefined) dayOffsets.set(timeZone, (days = new Map()));
  const d = Math.floor(ms / DAY);
  let offset = days.get(d);
  if (offset === undefined) {
    const first = offsetAt(d * DAY, timeZone);
    offset = first === offsetAt(d * DAY + DAY - 1, timeZone) ? first : NaN;
    // Bounded: a long-running server sees new days forever.
    if (days.size >= 20_000) days.clear();
    days.set(d, offset);
  }
  return Number.isNaN(offset) ? hourlyLocalDay(ms, timeZone) : Math.floor((ms + offset) / DAY);
}

function hourlyLocalDay(ms: number, timeZone: string): number {
  let offsets = hourOffsets.get(timeZone);
  if (offsets === undefined) hourOffsets.set(timeZone, (offsets = new Map()));
  const h = Math.floor(ms / HOUR_MS);
  let offset = offsets.get(h);
  if (offset === undefined) {
    const first = offsetAt(h * HOUR_MS, timeZone);
    offset = first === offsetAt(h * HOUR_MS + HOUR_MS - 1, timeZone) ? first : NaN;
    // Bounded: a long-running server sees new hours forever.
    if (offsets.size >= 200_000) offsets.clear();
    offsets.set(h, offset);
  }
  return Number.isNaN(offset) ? exactLocalDay(ms, timeZone) : Math.floor((ms + offset) / DAY);
}

function exactLocalDay(ms: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of format(timeZone).formatToParts(new Date(ms))) {
    if (p.type === 'year' || p.type === 'month' || p.type === 'day') parts[p.type] = Number(p.value);
  }
  return Math.round(Date.UTC(parts.year!, parts.month! - 1, parts.day!) / DAY);
}

/** Monday = 0 … Sunday = 6 (ISO 8601). */
export function isoWeekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

const labels = new Map<number, string>();

/** `YYYY-MM-DD` of a day number (kept: a report labels the same few hundred days many times). */
export function dayLabel(day: number): string {
  let label = labels.get(day);
  if (label === undefined) {
    label = new Date(day * DAY).toISOString().slice(0, 10);
    if (labels.size >= 100_000) labels.clear();
    labels.set(day, label);
  }
  return label;
}

/** Year × 12 + month (0-based) of a day number: consecutive months are consecutive integers. */
export function monthIndex(day: number): number {
  const d = new Date(day * DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

/** The first day of a month index. */
export function monthStart(month: number): number {
  return Math.round(Date.UTC(Math.floor(month / 12), month % 12, 1) / DAY);
}

/**
 * The local days lying WHOLLY in [from, to): a partial first or last day would make a week look
 * quieter than it was. An instant is a local midnight when the millisecond before it is another day.
 */
export function wholeDays(from: number, to: number, timeZone: string): { first: number; last: number } | null {
  if (to <= from) return null;
  const startDay = localDay(from, timeZone);
  const first = localDay(from - 1, timeZone) < startDay ? startDay : startDay + 1;
  const endDay = localDay(to - 1, timeZone);
  const last = localDay(to, timeZone) > endDay ? endDay : endDay - 1;
  return last >= first ? { first, last } : null;
}
