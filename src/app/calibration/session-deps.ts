/**
 * What the calibration-session use cases share: loading a cycle with its session, ratings and
 * the people they rate; who takes part (the managers whose line is rated); the open no-surprises
 * flags (those not yet acknowledged); and the one decision on which pre-ratings a reader sees.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { isOpened, type CalibrationSession } from '../../core/calibration/session.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { SurpriseFlag } from '../../core/review/no-surprises.js';
import type { Rating } from '../../core/review/ratings.js';
import type { Repositories } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import type { SurpriseAcknowledgement } from '../../store/calibration-session-repository.js';
import { loadCycle, rubricOf } from '../reviews/deps.js';
import { surpriseFlagsOf } from '../reviews/surprise-flags.js';

export interface LoadedCalibration {
  cycle: ReviewCycle;
  rubric: StoredRubric | null;
  session: CalibrationSession | null;
  ratings: Rating[];
  people: Map<string, Person>;
  /** Person ids of the managers taking part: the rated people's managers and the ratings' authors. */
  participants: string[];
}

export async function loadCalibration(r: Repositories, cycleId: string): Promise<LoadedCalibration> {
  const cycle = await loadCycle(r, cycleId);
  const [rubric, session, ratings] = [await rubricOf(r, cycle), (await r.calibrationSessions.forCycle(cycle.id)) ?? null, await r.ratings.forCycle(cycle.id)];
  const people = new Map<string, Person>();
  for (const id of new Set(ratings.map((x) => x.person))) {
    const p = await r.org.getPerson(id);
    if (p) people.set(id, p);
  }
  const participants = new Set<string>();
  for (const p of people.values()) if (p.manager) participants.add(p.manager);
  for (const author of new Set(ratings.map((x) => x.author).filter((a): a is string => a !== null))) {
    const account = await r.accounts.get(author);
    if (account?.personId) participants.add(account.personId);
  }
  return { cycle, rubric, session, ratings, people, participants: [...participants].sort() };
}

/** The participants as the policy sees them for this actor: a manager above a rated person takes part too. */
export function participantsFor(actor: Actor, l: LoadedCalibration): string[] {
  if (actor.kind !== 'account' || actor.personId === null || !actor.roles.has('manager')) return l.participants;
  const above = [...l.people.keys()].some((p) => actor.reportingLine.has(p));
  return above && !l.participants.includes(actor.personId) ? [...l.participants, actor.personId] : l.participants;
}

/** The pre-ratings this actor may see: their own line's always; everyone's once the session opens. */
export function visiblePreRatings(actor: Actor, l: LoadedCalibration): Rating[] {
  const participants = participantsFor(actor, l);
  const open = isOpened(l.session);
  return l.ratings.filter((x) => can(actor, 'read', { type: 'pre-rating', person: x.person, open, participants }).allowed);
}

export interface FlagWithAcknowledgement extends SurpriseFlag {
  acknowledgement: SurpriseAcknowledgement | null;
}

/** The no-surprises flags of some ratings, each with its acknowledgement of the current decision, if any. */
export async function flagsWithAcknowledgements(r: Repositories, cycle: ReviewCycle, ratings: readonly Rating[], rubric: StoredRubric | null): Promise<FlagWithAcknowledgement[]> {
  const [flags, acks] = [await surpriseFlagsOf(r, ratings, rubric), await r.calibrationSessions.acknowledgements(cycle.id)];
  return flags.map((f) => ({ ...f, acknowledgement: acks.find((a) => a.rating === f.rating && a.decidedAt === f.at) ?? null }));
}

/** Flags nobody has acknowledged with a note: they block sharing the cycle. */
export async function openSurpriseFlags(r: Repositories, cycle: ReviewCycle, rubric: StoredRubric | null): Promise<FlagWithAcknowledgement[]> {
  return (await flagsWithAcknowledgements(r, cycle, await r.ratings.forCycle(cycle.id), rubric)).filter((f) => f.acknowledgement === null);
}
