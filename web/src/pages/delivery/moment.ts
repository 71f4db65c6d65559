/**
 * The moment a before/after compares around, as stored: an instant in UTC, to the minute. It is
 * shown with its time and zone ("2 Jun 2026, 10:00 UTC") and edited as a UTC date and time, so
 * the delivery page, the living document and the packet compare around the very same instant —
 * a moment shown only as "2 Jun 2026" and sent back as midnight would change the figures.
 */
import { paths } from '../../paths';

const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });

/** "2 Jun 2026, 10:00 UTC"; the text as given when it is not a time. */
export function formatMoment(iso: string | number): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? String(iso) : `${moment.format(d)} UTC`;
}

/** The UTC date and time fields of a stored moment: { date: '2026-06-02', time: '10:00' }. */
export function momentFields(iso: string): { date: string; time: string } {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return { date: '', time: '' };
  const text = d.toISOString();
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}

/**
 * The ISO moment of UTC date and time fields; `keep` (the stored moment) is returned unchanged
 * when the fields still show it, so seconds a source recorded are never cut by a save.
 */
export function momentOf(date: string, time: string, keep?: string): string {
  if (keep) {
    const f = momentFields(keep);
    if (f.date === date && f.time === (time || '00:00')) return keep;
  }
  return `${date}T${time || '00:00'}:00.000Z`;
}

export type OutcomeMetricKey = 'deploymentFrequency' | 'leadTime' | 'changeFailureRate' | 'recoveryTime' | 'reworkRate';

/** The delivery page's before/after, pre-filled with the outcome's scope, moment, window and figure. */
export function comparisonHref(link: { target: 'service' | 'team'; id: string; at: string; windowDays: number; metric?: OutcomeMetricKey | null }): string {
  const base = link.target === 'team' ? paths.teamDelivery(link.id) : paths.serviceDelivery(link.id);
  const query = new URLSearchParams({ compare: link.at, compareWindow: String(link.windowDays) });
  if (link.metric) query.set('metric', link.metric);
  return `${base}?${query.toString()}`;
}
