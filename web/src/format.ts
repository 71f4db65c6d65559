/**
 * Dates and times as people read them. Times show in the viewer's own time zone with the zone
 * named, because teams span Europe and the Americas and "09:00" alone would mislead.
 */
const dateTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
// A calendar date has no time zone: read and print it in UTC so it never shifts a day.
const calendarDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const zoneName = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' });

function parse(iso: string): Date | undefined {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = parse(iso);
  return date ? dateTime.format(date) : iso;
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

/** The viewer's zone, e.g. "CET", to label columns of times. */
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
