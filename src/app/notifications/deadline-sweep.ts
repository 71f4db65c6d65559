/**
 * The deadline sweep: a few days before a step is due, everyone still behind on it is told —
 * once per person per deadline, however often the sweep runs and on however many instances (the
 * notification's dedupe key is unique in the store). The server runs it every few minutes.
 */
import type { DataAccess } from '../../store/data-access.js';
import { stepNames } from '../../core/review/deadlines.js';
import type { Runtime } from '../runtime.js';
import { notify } from './notify.js';
import { peopleBehind } from './people-behind.js';
import { reviewLink } from './review-events.js';

const DAY = 86_400_000;
/** How far ahead of a due day people hear of it. */
export const deadlineNoticeDays = 3;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Returns how many people were notified this time. */
export async function sweepDeadlines(deps: { data: DataAccess; runtime: Runtime }): Promise<number> {
  const now = deps.runtime.now();
  let count = 0;
  for (const cycle of await deps.data.cycles.list()) {
    if (cycle.state !== 'published' && cycle.state !== 'writing') continue;
    count += await deps.data.transaction(async (r) => {
      const b = await peopleBehind(r, cycle, now);
      // Due days are UTC midnights; the step is due until that day ends.
      if (b.step === null || b.due === null || now < b.due - deadlineNoticeDays * DAY || now >= b.due + DAY) return 0;
      const step = b.step;
      const due = b.due;
      const notified = await notify(r, deps.runtime, [...b.recipients.keys()], (recipient) => {
        const about = b.recipients.get(recipient) ?? [];
        const self = step === 'selfReview';
        return {
          kind: 'deadline',
          title: `${self ? 'Your self review' : 'Manager reviews'} in ${cycle.name}: due ${day(due)}`,
          body: self
            ? `Your self review in "${cycle.name}" is due on ${day(due)} and is not submitted yet.`
            : `${stepNames[step]} in "${cycle.name}" are due on ${day(due)}. Not submitted yet: ${about.map((p) => p.name).join(', ')}.`,
          link: self ? reviewLink(cycle.id, recipient, 'self') : about.length === 1 ? reviewLink(cycle.id, about[0]!.id, 'manager') : `/cycles/${encodeURIComponent(cycle.id)}`,
          dedupeKey: `deadline:${cycle.id}:${step}:${due}:${recipient}`,
        };
      });
      return notified.length;
    });
  }
  return count;
}
