/**
 * Planning the calibration workshop (spec/people.md, "Calibration process"): a date, who takes
 * part, and an agenda built from the practices that keep calibration fair — independent ratings
 * hidden until all are in, distributions shown but never quotas, every change recorded with a
 * reason. Pure: the caller passes "now" to check the date is ahead.
 */

export interface WorkshopPlan {
  /** ISO day (YYYY-MM-DD) of the workshop. */
  date: string;
  durationMinutes: number;
  facilitator: string;
  participants: string[];
  /** The cycle it calibrates, when one exists yet. */
  cycle?: string | null | undefined;
  /** Days before the workshop by which every manager has rated independently. */
  ratingDeadlineDays: number;
}

export interface AgendaItem {
  when: string;
  what: string;
}

export type Problem = { field: string; message: string };

const DAY = 86_400_000;

export function validateWorkshop(plan: WorkshopPlan, now: number): Problem[] {
  const problems: Problem[] = [];
  const at = Date.parse(`${plan.date}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(plan.date) || Number.isNaN(at)) problems.push({ field: 'date', message: 'must be a day as YYYY-MM-DD' });
  else if (at - plan.ratingDeadlineDays * DAY < now - DAY) problems.push({ field: 'date', message: `must leave ${plan.ratingDeadlineDays} days for independent ratings from today` });
  if (!Number.isInteger(plan.durationMinutes) || plan.durationMinutes < 30 || plan.durationMinutes > 480) problems.push({ field: 'durationMinutes', message: 'must be 30 to 480 minutes' });
  if (!Number.isInteger(plan.ratingDeadlineDays) || plan.ratingDeadlineDays < 1 || plan.ratingDeadlineDays > 30) problems.push({ field: 'ratingDeadlineDays', message: 'must be 1 to 30 days' });
  if (plan.facilitator.trim() === '') problems.push({ field: 'facilitator', message: 'is required' });
  const people = new Set(plan.participants);
  if (people.size < 2) problems.push({ field: 'participants', message: 'calibration needs at least two raters' });
  if (people.size !== plan.participants.length) problems.push({ field: 'participants', message: 'lists someone twice' });
  return problems;
}

/** The agenda, dated: what happens before the meeting matters as much as the meeting. */
export function workshopAgenda(plan: WorkshopPlan): AgendaItem[] {
  const at = Date.parse(`${plan.date}T00:00:00Z`);
  const deadline = new Date(at - plan.ratingDeadlineDays * DAY).toISOString().slice(0, 10);
  return [
    { when: `by ${deadline}`, what: 'Every manager rates their reports independently. Ratings stay hidden from other raters until all are in.' },
    { when: `by ${deadline}`, what: 'Packets are complete: evidence arranged by signal, self review, manager review, team context.' },
    { when: plan.date, what: 'Look at the distributions by manager side by side. Distributions are shown, never quotas: no forced ranking.' },
    { when: plan.date, what: 'Discuss the flagged ratings first: surprises (needs support without earlier shared feedback), recency, activity without outcome, and rater leniency (only with n ≥ 5).' },
    { when: plan.date, what: 'Every change records who, the old and new rating, a reason (scope, complexity, impact, consistency) and a note.' },
    { when: plan.date, what: 'Lock the results at the end; the cycle moves to finalized.' },
  ];
}
