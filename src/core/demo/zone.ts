/**
 * Local time in an IANA time zone, without a date library. Teams deploy in their working hours
 * and people are paged in their sleep hours, so the demo must place events in local time and
 * get daylight-saving days right (a 09:00 deploy in Berlin is 08:00Z in winter, 07:00Z in summer).
 *
 * Offsets are looked up once per UTC day and zone with `Intl` (two calls, plus a binary search
 * on the one or two transition days a year), so millions of events cost nothing extra.
 */
export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

interface DayOffsets {
  before: number;
  after: number;
  /** First instant with the `after` offset, when the offset changes during this UTC day. */
  switchAt: number | undefined;
}

export class Zone {
  private readonly format: Intl.DateTimeFormat;
  private readonly days = new Map<number, DayOffsets>();

  constructor(readonly name: string) {
    this.format = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  }

  /** Local time minus UTC, in ms, at the instant `ms`. */
  offset(ms: number): number {
    const day = Math.floor(ms / DAY);
    let entry = this.days.get(day);
    if (entry === undefined) {
      entry = this.computeDay(day);
      this.days.set(day, entry);
    }
    return entry.switchAt === undefined || ms < entry.switchAt ? entry.before : entry.after;
  }

  /** The UTC instant of `minuteOfDay` on local calendar day `localDay` (days since 1970-01-01). */
  toUtc(localDay: number, minuteOfDay: number): number {
    const naive = localDay * DAY + minuteOfDay * MINUTE;
    let guess = naive - this.offset(naive);
    const second = this.offset(guess);
    if (naive - second !== guess) guess = naive - second;
    return guess;
  }

  /** The local calendar day (days since 1970-01-01) containing `ms`. */
  localDay(ms: number): number {
    return Math.floor((ms + this.offset(ms)) / DAY);
  }

  /** Minutes since local midnight at `ms` (0..1439). */
  localMinute(ms: number): number {
    const local = ms + this.offset(ms);
    return Math.floor((local - Math.floor(local / DAY) * DAY) / MINUTE);
  }

  private computeDay(day: number): DayOffsets {
    const start = day * DAY;
    const before = this.rawOffset(start);
    const after = this.rawOffset(start + DAY - 1);
    if (before === after) return { before, after, switchAt: undefined };
    let lo = start;
    let hi = start + DAY - MINUTE;
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (this.rawOffset(mid) === before) lo = mid;
      else hi = mid;
    }
    return { before, after, switchAt: hi };
  }

  private rawOffset(ms: number): number {
    const parts: Record<string, number> = {};
    for (const p of this.format.formatToParts(new Date(ms))) {
      if (p.type !== 'literal') parts[p.type] = Number(p.value);
    }
    const local = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
    return local - Math.floor(ms / 1000) * 1000;
  }
}

/** Day of the week of a calendar day number: 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** One `Zone` per name for one generator run, so offsets are computed once. */
export class Zones {
  private readonly byName = new Map<string, Zone>();
  get(name: string): Zone {
    let zone = this.byName.get(name);
    if (zone === undefined) {
      zone = new Zone(name);
      this.byName.set(name, zone);
    }
    return zone;
  }
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const dayPrefixes = new Map<number, string>();

/**
 * ISO 8601 in UTC with `Z`, to the second: the import format. Equal to
 * `new Date(ms).toISOString()` without the milliseconds, but each day's date part is formatted
 * once: formatting dates was a third of the large benchmark's time.
 */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size > 20_000) dayPrefixes.clear();
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  const secs = Math.floor((ms - day * DAY) / 1000);
  return `${prefix}${pad2(Math.floor(secs / 3600))}:${pad2(Math.floor(secs / 60) % 60)}:${pad2(secs % 60)}Z`;
}

/** `YYYY-MM-DD` of a UTC instant. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
