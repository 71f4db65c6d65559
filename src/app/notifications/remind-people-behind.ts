/**
 * "Remind the people behind": a people partner or administrator reminds, in one go, everyone
 * who has not done the step the cycle is on (people-behind.ts says who) — only them. The answer
 * says how many were reminded and who; the reminder is audited with the names. A person is
 * reminded once per step within the same clock hour (a double click, or two people partners at
 * once, sends one reminder); the answer names who was left out for that reason.
 */
import type { Actor } from '../../core/access/actor.js';
import { stepNames, type DeadlineStep } from '../../core/review/deadlines.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { audit, loadCycle, type ReviewDeps } from '../reviews/deps.js';
import { notify } from './notify.js';
import { peopleBehind } from './people-behind.js';
import { cycleLink, reviewLink } from './review-events.js';

export interface RemindResult {
  step: DeadlineStep;
  due: number | null;
  /** Each person reminded, with the people behind they were reminded about (themselves for self reviews). */
  reminded: { id: string; name: string; about: { id: string; name: string }[] }[];
  /** People behind whom nobody could be reminded about (no manager in the records), so someone fixes the record. */
  notReminded: { id: string; name: string }[];
  /** People behind already reminded of this step within this clock hour, so not again now. */
  alreadyReminded: { id: string; name: string }[];
}

const HOUR = 3_600_000;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export async function remindPeopleBehind(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<RemindResult> {
  assertAllowed(actor, 'write', { type: 'review-cycle' });
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const b = await peopleBehind(r, cycle, deps.runtime.now());
    if (b.step !== 'selfReview' && b.step !== 'managerReview') {
      throw new TrellisError('CONFLICT', `Reminders are for self and manager reviews; "${cycle.name}" is ${cycle.state}, so nobody is behind on a review.`);
    }
    const step = b.step;
    const self = step === 'selfReview';
    const due = b.due === null ? '' : ` (due ${day(b.due)})`;
    const notified = await notify(r, deps.runtime, [...b.recipients.keys()], (recipient) => {
      const about = b.recipients.get(recipient) ?? [];
      return {
        kind: 'reminder',
        title: self ? `Reminder: your self review in ${cycle.name}${due}` : `Reminder: manager reviews in ${cycle.name}${due}`,
        body: self
          ? `Your self review in "${cycle.name}" is not submitted yet${due}. The people partner running the cycle asked us to remind you.`
          : `These manager reviews in "${cycle.name}" are not submitted yet${due}: ${about.map((p) => p.name).join(', ')}.`,
        link: self ? reviewLink(cycle.id, recipient, 'self') : about.length === 1 ? reviewLink(cycle.id, about[0]!.id, 'manager') : cycleLink(cycle.id),
        dedupeKey: `reminder:${cycle.id}:${step}:${recipient}:${Math.floor(deps.runtime.now() / HOUR)}`,
      };
    });
    const skipped = [...b.recipients.keys()].filter((id) => !notified.includes(id));
    const names = await r.org.personNames([...notified, ...skipped]);
    const reminded = notified.map((id) => ({ id, name: names.get(id) ?? id, about: b.recipients.get(id) ?? [] }));
    await r.audit.append(
      audit(deps, actor, {
        action: 'remind',
        resourceType: 'review-cycle',
        resourceId: cycle.id,
        subjects: notified,
        detail: `${stepNames[step]}: ${reminded.length} reminded${reminded.length ? ` (${reminded.map((p) => p.name).join(', ')})` : ''}`,
      }),
    );
    return { step, due: b.due, reminded, notReminded: b.unreachable, alreadyReminded: skipped.map((id) => ({ id, name: names.get(id) ?? id })) };
  });
}
