/**
 * Dates and times as people read them.
 *
 * - A *date* (a start date, the day a ladder was published, the day a note was written) is shown
 *   as a date, never with an invented "00:00" or "01:00", and never shifted a day by a time zone.
 * - A *time* of a real event is shown with its zone named on the value itself ("03:10 BST"),
 *   because teams span Europe and the Americas and "09:00" alone would mislead — and because a
 *   zone's name changes with the season (a summer time in London is BST, not GMT).
 * - Where it matters whose clock it is (a person's pages and shifts), the caller passes the
 *   subject's zone; otherwise the viewer's own zone is used.
 */
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
// A calendar date has no time zone: read and print it in UTC so it never shifts a day.
const calendarDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const zoneName = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' });

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** @deprecated Prefer `formatTime` (zone named) or `formatDate` (a day); kept for pages not yet moved. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parse(iso);
  return date ? dateTime.format(date) : iso;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();
function timeFormat(timeZone: string | undefined, withDate: boolean): Intl.DateTimeFormat {
  const key = `${timeZone ?? ''}|${withDate}`;
  let f = timeFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      ...(withDate ? { day: 'numeric', month: 'short', year: 'numeric' } : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
      ...(timeZone ? { timeZone } : {}),
    });
    timeFormats.set(key, f);
  }
  return f;
}

/** A usable IANA zone, or undefined (the viewer's) when none or an unknown one is given. */
export function knownZone(timeZone: string | null | undefined): string | undefined {
  if (!timeZone) return undefined;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone });
    return timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The time of a real event, with its zone named: "25 Mar 2025, 15:00 CET" — in `timeZone`
 * (the subject's, e.g. the person who was paged) or, without one, the viewer's zone. The zone's
 * name is that of the moment itself, so a July time in London says BST and a January one GMT.
 */
export function formatTime(iso: string | null | undefined, timeZone?: string | null, options: { date?: boolean } = {}): string {
  if (!iso) return '—';
  const date = parse(iso);
  if (!date) return iso;
  const parts = timeFormat(knownZone(timeZone), options.date ?? true).formatToParts(date);
  const text = (types: string[]) => parts.filter((p) => types.includes(p.type)).map((p) => p.value);
  const [day, month, year] = text(['day', 'month', 'year']);
  const [hour, minute] = text(['hour', 'minute']);
  const zone = text(['timeZoneName'])[0] ?? '';
  const clock = `${hour}:${minute}${zone ? ` ${zone}` : ''}`;
  return options.date === false ? clock : `${day} ${month} ${year}, ${clock}`;
}

/** The zone's name ("Europe/London") as a reader sees it, for a caption: "times in Europe/London (Amara's zone)". */
export function zoneLabel(timeZone: string | null | undefined): string {
  return knownZone(timeZone) ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'your time zone';
}

/**
 * Whether an instant falls outside working hours ("09:00-17:00") on a weekday, in `timeZone`:
 * a page at 03:10 *for the person* is the figure that matters, whatever the viewer's clock says.
 * Null when the hours or zone are unknown.
 */
export function outsideWorkingHours(iso: string, workingHours: string | null | undefined, timeZone: string | null | undefined): boolean | null {
  const zone = knownZone(timeZone);
  const m = /^(\d\d):(\d\d)-(\d\d):(\d\d)$/.exec(workingHours ?? '');
  const date = parse(iso);
  if (!m || !zone || !date) return null;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  if (get('weekday') === 'Sat' || get('weekday') === 'Sun') return true;
  const minutes = Number(get('hour')) * 60 + Number(get('minute'));
  const start = Number(m[1]) * 60 + Number(m[2]);
  const end = Number(m[3]) * 60 + Number(m[4]);
  return minutes < start || minutes >= end;
}

/** A calendar date such as a start date: `2022-01-10` stays 10 Jan 2022 in every time zone. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return date ? calendarDate.format(date) : iso;
}

/**
 * A period stored with an exclusive end (a review cycle's `periodTo` is the first instant after
 * it), printed as people say it: first day – last day, so 2026 reads "1 Jan 2026 – 31 Dec 2026".
 */
export function formatPeriod(from: string, toExclusive: string): string {
  const end = parse(toExclusive);
  const lastDay = end ? new Date(end.getTime() - 1).toISOString() : toExclusive;
  return `${formatDate(from)} – ${formatDate(lastDay)}`;
}

/** The day after a calendar date (`2026-09-30` → `2026-10-01`): the exclusive end of a period whose last day it is. */
export function dayAfter(date: string): string {
  const d = parse(`${date}T00:00:00Z`);
  return d ? new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10) : date;
}

/**
 * The viewer's zone, e.g. "CET", to label columns of times. Its short name is today's: prefer
 * `formatTime`, which names the zone on each value (a summer time in London is BST, not GMT).
 */
export function viewerTimeZone(): string {
  return zoneName.formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? 'local time';
}

/** "1 page", "3 pages". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function orDash(value: string | null | undefined): string {
  return value ? value : '—';
}

/** A ladder track in words: "ic" is the ladder's id, "individual contributor" is what people say. */
export function trackName(track: string): string {
  return track === 'ic' ? 'individual contributor' : track;
}

/** "L4 · individual contributor", "M2 · manager", or a dash when neither is known. */
export function levelAndTrack(level: string | null | undefined, track: string | null | undefined): string {
  return [level, track ? trackName(track) : null].filter(Boolean).join(' · ') || '—';
}
