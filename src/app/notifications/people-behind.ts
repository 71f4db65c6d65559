/**
 * Who is behind on the step a cycle is on, and who should hear about it: on self reviews, each
 * person without a submitted self review; on manager reviews, the manager of each person without
 * a submitted manager review (the manager writes it, so the manager is reminded, once, with the
 * names). Other steps (calibration, sharing) are done by a few people in a meeting, not chased
 * by email: nobody is behind on them here.
 */
import type { ReviewCycle } from '../../core/review/cycle.js';
import { currentStep, type DeadlineStep } from '../../core/review/deadlines.js';
import type { Repositories } from '../../store/data-access.js';
import { coveredPeople } from './review-events.js';

export interface Behind {
  step: DeadlineStep | null;
  due: number | null;
  /** The people whose review for this step is missing. */
  people: { id: string; name: string }[];
  /** Who is reminded (person id) → the people behind they are reminded about. */
  recipients: Map<string, { id: string; name: string }[]>;
  /** People behind with nobody to remind: a manager review of someone without a manager in the records. */
  unreachable: { id: string; name: string }[];
}

export async function peopleBehind(r: Repositories, cycle: ReviewCycle, now: number): Promise<Behind> {
  const step = currentStep(cycle.state, cycle.deadlines ?? {}, now);
  const due = step === null ? null : (cycle.deadlines?.[step] ?? null);
  const recipients = new Map<string, { id: string; name: string }[]>();
  const unreachable: { id: string; name: string }[] = [];
  if (step !== 'selfReview' && step !== 'managerReview') return { step, due, people: [], recipients, unreachable };
  const kind = step === 'selfReview' ? 'self' : 'manager';
  const submitted = await r.reviewWriteups.submittedIn(cycle.id);
  const behind = (await coveredPeople(r)).filter((p) => !submitted.get(p.id)?.has(kind));
  for (const p of behind) {
    const to = kind === 'self' ? p.id : p.manager;
    if (to === null) {
      unreachable.push({ id: p.id, name: p.name });
      continue;
    }
    recipients.set(to, [...(recipients.get(to) ?? []), { id: p.id, name: p.name }]);
  }
  return { step, due, people: behind.map((p) => ({ id: p.id, name: p.name })), recipients, unreachable };
}
