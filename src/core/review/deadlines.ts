/**
 * Deadlines of a cycle's steps, set when it is created: self reviews, manager reviews,
 * calibration, sharing. Each is a day (UTC midnight, epoch ms); any may be left open. They must
 * follow the order of the steps — a manager review due before the self review it reads would be
 * a plan nobody can keep — and fall after the period starts.
 */
import { ok, refuse, type Outcome } from './outcome.js';

export const deadlineSteps = ['selfReview', 'managerReview', 'calibration', 'sharing'] as const;
export type DeadlineStep = (typeof deadlineSteps)[number];
export type CycleDeadlines = Partial<Record<DeadlineStep, number>>;

export const stepNames: Record<DeadlineStep, string> = { selfReview: 'self reviews', managerReview: 'manager reviews', calibration: 'calibration', sharing: 'sharing' };

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function validateDeadlines(deadlines: CycleDeadlines, periodFrom: number): Outcome<CycleDeadlines> {
  let previous: { step: DeadlineStep; at: number } | null = null;
  const out: CycleDeadlines = {};
  for (const step of deadlineSteps) {
    const at = deadlines[step];
    if (at === undefined) continue;
    if (!Number.isFinite(at)) return refuse(`deadlines.${step}: not a date`);
    if (at < periodFrom) return refuse(`deadlines.${step}: ${day(at)} is before the period starts (${day(periodFrom)})`);
    if (previous && at < previous.at) return refuse(`deadlines.${step}: ${stepNames[step]} (${day(at)}) cannot be due before ${stepNames[previous.step]} (${day(previous.at)})`);
    out[step] = at;
    previous = { step, at };
  }
  return ok(out);
}

const DAY = 86_400_000;

/**
 * The step a cycle in `state` is on at `now`: while published or in writing, self reviews until
 * their due day has passed, then manager reviews; calibration while calibrating; sharing once
 * finalized; null when no step is running.
 */
export function currentStep(state: string, deadlines: CycleDeadlines, now: number): DeadlineStep | null {
  if (state === 'published' || state === 'writing') {
    const self = deadlines.selfReview;
    return self !== undefined && now >= self + DAY ? 'managerReview' : 'selfReview';
  }
  if (state === 'calibrating') return 'calibration';
  if (state === 'finalized') return 'sharing';
  return null;
}
