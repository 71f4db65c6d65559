/** The window of an on-call read: [from, to) in UTC, default the 90 days before now. */
import { TrellisError } from '../../errors.js';

export const DEFAULT_ONCALL_DAYS = 90;
const DAY = 86_400_000;
/** Longer windows are allowed for looking back, but not unbounded reads. */
export const MAX_ONCALL_DAYS = 3 * 366;

export function oncallWindow(now: number, from?: number, to?: number): { from: number; to: number } {
  const end = to ?? Math.floor(now / 60_000) * 60_000;
  const start = from ?? end - DEFAULT_ONCALL_DAYS * DAY;
  if (!(start < end)) throw new TrellisError('BAD_INPUT', 'from: must be before to');
  if (end - start > MAX_ONCALL_DAYS * DAY) throw new TrellisError('BAD_INPUT', `from: the window may be at most ${MAX_ONCALL_DAYS} days`);
  return { from: start, to: end };
}
