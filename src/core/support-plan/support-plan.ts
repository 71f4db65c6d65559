/**
 * Support plans (spec/people.md): observable expectations, the support offered, a timeline with
 * dated check-ins, and an outcome. A plan is visible to the engineer from the day it is created —
 * there is no draft state — so it also counts as feedback shared with them for the no-surprises
 * check: a needs-support rating after a plan on that signal is no surprise.
 */
import type { SharedFeedbackFact } from '../review/no-surprises.js';

export const supportPlanOutcomes = ['met', 'extended', 'not-met', 'closed'] as const;
export type SupportPlanOutcome = (typeof supportPlanOutcomes)[number];

export const outcomeNames: Record<SupportPlanOutcome, string> = { met: 'Met', extended: 'Extended', 'not-met': 'Not met', closed: 'Closed' };

export interface SupportPlanCheckIn {
  id: string;
  heldOn: string;
  note: string;
  createdAt: number;
  createdBy: string | null;
}

export interface SupportPlan {
  id: string;
  person: string;
  /** The review signal the plan is about; null: the plan is about the role as a whole (every signal). */
  signal: string | null;
  startsOn: string;
  endsOn: string;
  expectations: string[];
  support: string[];
  outcome: SupportPlanOutcome | null;
  outcomeNote: string | null;
  /** The version of the support-plan template it was written with. */
  templateVersion: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
  checkIns: SupportPlanCheckIn[];
}

/** Problems with a plan's dates and lists, each naming its field. */
export function supportPlanProblems(p: Pick<SupportPlan, 'startsOn' | 'endsOn' | 'expectations' | 'support'>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (p.endsOn < p.startsOn) problems.push({ field: 'endsOn', message: `must not be before the start (${p.startsOn})` });
  if (p.expectations.length === 0) problems.push({ field: 'expectations', message: 'needs at least one observable expectation' });
  if (p.support.length === 0) problems.push({ field: 'support', message: 'needs at least one kind of support offered' });
  return problems;
}

/** A check-in must fall inside the plan's timeline (an extension moves the end date first). */
export function checkInProblem(plan: Pick<SupportPlan, 'startsOn' | 'endsOn'>, heldOn: string): string | null {
  if (heldOn < plan.startsOn || heldOn > plan.endsOn) return `must fall within the plan (${plan.startsOn} to ${plan.endsOn})`;
  return null;
}

/**
 * Support plans as earlier shared feedback for the no-surprises check, for the signals rated:
 * a plan on a signal speaks to that signal; a plan on the whole role speaks to every signal.
 * Shared from the moment it was created (the engineer sees it from the first day).
 */
export function plansAsSharedFeedback(plans: readonly Pick<SupportPlan, 'id' | 'person' | 'signal' | 'createdAt'>[], ratedSignals: readonly { person: string; signal: string }[]): SharedFeedbackFact[] {
  const out: SharedFeedbackFact[] = [];
  for (const p of plans) {
    if (p.signal !== null) {
      out.push({ id: p.id, person: p.person, signal: p.signal, sharedAt: p.createdAt });
      continue;
    }
    const signals = new Set(ratedSignals.filter((r) => r.person === p.person).map((r) => r.signal));
    for (const signal of signals) out.push({ id: p.id, person: p.person, signal, sharedAt: p.createdAt });
  }
  return out;
}
