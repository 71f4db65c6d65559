/**
 * The notifications review events cause, written by the review use cases inside their own
 * transactions (see notify.ts): a cycle opening or being shared reaches everyone it covers; a
 * challenge reaches the other side; a rating with a no-surprises flag prompts its writer to talk
 * to the person before calibration, not after.
 */
import { kindRates, type ReviewCycle } from '../../core/review/cycle.js';
import { cycleCoverage } from '../../core/review/coverage.js';
import type { RatingNote } from '../../core/review/challenges.js';
import type { SurpriseFlag } from '../../core/review/no-surprises.js';
import type { Repositories } from '../../store/data-access.js';
import { collectAll } from '../org/collect-all.js';
import type { Runtime } from '../runtime.js';
import { notify } from './notify.js';

const enc = encodeURIComponent;
export const cycleLink = (cycle: string): string => `/cycles/${enc(cycle)}`;
export const ratingsLink = (cycle: string, person: string): string => `/cycles/${enc(cycle)}/people/${enc(person)}`;
export const reviewLink = (cycle: string, person: string, kind: 'self' | 'manager'): string => `/cycles/${enc(cycle)}/people/${enc(person)}/review/${kind}`;
const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export async function coveredPeople(r: Repositories): Promise<{ id: string; name: string; team: string | null; manager: string | null }[]> {
  return cycleCoverage(await collectAll((p) => r.org.listPeople(p))).covered;
}

/** A cycle moved a step: opening (published) and sharing notify everyone the cycle covers. */
export async function notifyCycleStep(r: Repositories, runtime: Runtime, cycle: ReviewCycle): Promise<void> {
  if (cycle.state !== 'published' && cycle.state !== 'shared') return;
  const people = (await coveredPeople(r)).map((p) => p.id);
  if (cycle.state === 'published') {
    const due = cycle.deadlines?.selfReview;
    await notify(r, runtime, people, (person) => ({
      kind: 'cycle-opened',
      title: `${cycle.name} has opened`,
      body: `The review cycle "${cycle.name}" has opened. Write your self review${due === undefined ? '' : ` by ${day(due)}`}, citing items of your living document.`,
      link: reviewLink(cycle.id, person, 'self'),
      dedupeKey: `cycle-opened:${cycle.id}:${person}`,
    }));
  } else {
    await notify(r, runtime, people, (person) => ({
      kind: 'review-shared',
      title: `Your review in ${cycle.name} is shared`,
      body: kindRates(cycle.kind)
        ? `Your ratings and your manager's review in "${cycle.name}" are shared with you. Read them, and comment on or challenge anything you think is wrong.`
        : `Your manager's review in "${cycle.name}" is shared with you.`,
      link: ratingsLink(cycle.id, person),
      dedupeKey: `review-shared:${cycle.id}:${person}`,
    }));
  }
}

/** A challenge or comment: raised by the person → their manager hears of it; raised by the manager line → the person does. */
export async function notifyChallengeRaised(r: Repositories, runtime: Runtime, cycle: ReviewCycle, note: RatingNote, raisedBySubject: boolean): Promise<void> {
  if (note.kind !== 'challenge') return;
  const person = await r.org.getPerson(note.person);
  const recipient = raisedBySubject ? person?.manager : note.person;
  if (!recipient || !person) return;
  await notify(r, runtime, [recipient], {
    kind: 'challenge',
    title: raisedBySubject ? `${person.name} challenged a rating in ${cycle.name}` : `A challenge on your ratings in ${cycle.name}`,
    body: `A challenge${note.signal ? ` on ${note.signal}` : ''} waits for a written answer: "${note.text.slice(0, 300)}"`,
    link: ratingsLink(cycle.id, note.person),
  });
}

export async function notifyChallengeAnswered(r: Repositories, runtime: Runtime, cycle: ReviewCycle | undefined, note: RatingNote): Promise<void> {
  const name = cycle?.name ?? 'a review cycle';
  await notify(r, runtime, [note.person], {
    kind: 'challenge',
    title: `Your challenge in ${name} has its answer`,
    body: `Your challenge${note.signal ? ` on ${note.signal}` : ''} was answered: "${(note.answer?.text ?? '').slice(0, 300)}"`,
    link: ratingsLink(note.cycle, note.person),
  });
}

/** The writer of a rating with a no-surprises flag, once per rated value: talk to the person before calibration. */
export async function notifySurpriseFlag(r: Repositories, runtime: Runtime, cycle: ReviewCycle, writer: string | null, flag: SurpriseFlag, value: string): Promise<void> {
  if (writer === null) return;
  const person = await r.org.getPerson(flag.person);
  await notify(r, runtime, [writer], {
    kind: 'no-surprises',
    title: `No-surprises flag: ${person?.name ?? flag.person} on ${flag.signal}`,
    body: `Your rating "${value}" of ${person?.name ?? flag.person} on ${flag.signal} in "${cycle.name}" would surprise them: ${flag.reason} Talk to them and share the feedback before calibration.`,
    link: ratingsLink(cycle.id, flag.person),
    dedupeKey: `no-surprises:${cycle.id}:${flag.person}:${flag.signal}:${value}`,
  });
}
