/**
 * OpenSLO duration shorthand: a whole number and one unit letter, case-sensitive — `m` minute,
 * `h` hour, `d` day, `w` week, `M` month, `Q` quarter, `Y` year (`1m` is one minute; one official
 * example writes `1m` meaning a month). In a rolling window `M`, `Q`, `Y` are 30, 90 and 365 days,
 * as the reference SDK does; in a calendar window they are real calendar units (see window.ts).
 */
export type DurationUnit = 'm' | 'h' | 'd' | 'w' | 'M' | 'Q' | 'Y';
export interface Duration {
  count: number;
  unit: DurationUnit;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

const unitMs: Record<DurationUnit, number> = { m: MINUTE, h: HOUR, d: DAY, w: 7 * DAY, M: 30 * DAY, Q: 90 * DAY, Y: 365 * DAY };

export type DurationParse = { ok: true; duration: Duration } | { ok: false; message: string };

export function parseDuration(text: unknown): DurationParse {
  if (typeof text !== 'string') return { ok: false, message: `must be a duration such as 5m, 1h, 28d or 1M (got ${JSON.stringify(text)})` };
  const m = /^(\d+)([a-zA-Z]+)$/.exec(text);
  if (!m) return { ok: false, message: `must be a whole number followed by one unit, such as 5m, 1h, 28d or 1M (got "${text}")` };
  const unit = m[2]!;
  if (!(unit in unitMs)) {
    const hint = unit.toLowerCase() === 's' ? ' (seconds are not an OpenSLO unit)' : ` (units are case-sensitive: m minute, h hour, d day, w week, M month, Q quarter, Y year)`;
    return { ok: false, message: `unknown unit "${unit}" in "${text}"${hint}` };
  }
  const count = Number(m[1]);
  if (count <= 0 || !Number.isSafeInteger(count)) return { ok: false, message: `must be a positive whole number of ${unit} (got "${text}")` };
  return { ok: true, duration: { count, unit: unit as DurationUnit } };
}

export function formatDuration(d: Duration): string {
  return `${d.count}${d.unit}`;
}

/** Length of a rolling window or of a fixed-length unit. */
export function rollingMs(d: Duration): number {
  return d.count * unitMs[d.unit];
}

/** The shorthand of a whole number of minutes in the largest exact unit up to days: 60 → 1h, 4320 → 3d. */
export function shorthandOfMs(ms: number): string {
  if (ms % DAY === 0) return `${ms / DAY}d`;
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  return `${ms / MINUTE}m`;
}
