/**
 * 1:1 cadence per manager–report pair (spec/people.md): every 2 weeks unless the manager sets
 * another, and a pair is overdue when no 1:1 was held within the cadence plus a grace period —
 * a missed week for a holiday is not a flag, a month without a conversation is.
 */
export const defaultCadenceDays = 14;
export const minCadenceDays = 1;
export const maxCadenceDays = 90;
/** Days after the due date before a pair counts as overdue. */
export const overdueGraceDays = 3;

const dayMs = 86_400_000;

export interface CadenceState {
  /** The date (YYYY-MM-DD) the next 1:1 is due; null when none was ever held (due now). */
  dueOn: string | null;
  overdue: boolean;
  /** Whole days past due + grace; 0 when not overdue. */
  daysOverdue: number;
}

const dayOf = (ms: number): number => Math.floor(ms / dayMs);
export const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
export const dayStart = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`);

/**
 * The state of a pair at `now` (epoch ms), from the date of its last 1:1 (YYYY-MM-DD) or null.
 * A pair that never met is overdue: the first 1:1 is the one that matters most.
 */
export function cadenceState(lastHeldOn: string | null, cadenceDays: number, now: number): CadenceState {
  if (lastHeldOn === null) return { dueOn: null, overdue: true, daysOverdue: 0 };
  const due = dayOf(dayStart(lastHeldOn)) + cadenceDays;
  const late = dayOf(now) - (due + overdueGraceDays);
  return { dueOn: isoDay(due * dayMs), overdue: late > 0, daysOverdue: Math.max(0, late) };
}

export function cadenceProblem(days: number): string | null {
  if (!Number.isInteger(days)) return 'must be a whole number of days';
  if (days < minCadenceDays || days > maxCadenceDays) return `must be between ${minCadenceDays} and ${maxCadenceDays} days`;
  return null;
}
