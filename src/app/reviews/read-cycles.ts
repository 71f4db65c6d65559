/**
 * Cycles as everyone may see them — kind, period, state, the rubric version — and, for one cycle,
 * its participants as the viewer may see them: everyone for people partners, calibrators and
 * administrators, the reporting line for a manager, oneself for an engineer. Rating counts are
 * shown only where the viewer may read that person's ratings.
 *
 * A cycle covers the active people with a team (core/review/coverage.ts); the active people left
 * out are named to those who see everyone. A participant is listed only when the policy lets the
 * viewer open something of theirs (ratings or packet); the rest are counted (`notOpenable`), so an
 * administrator does not get a page of links that all answer "You don't have access".
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { cycleCoverage } from '../../core/review/coverage.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import { isShared } from '../../core/review/visibility.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import { assertAllowed } from '../authorize.js';
import { collectAll } from '../org/collect-all.js';
import { hasRole, isSelf, loadCycle, managesLine, rubricOf, type ReviewDeps } from './deps.js';

export interface Participant {
  id: string;
  name: string;
  team: string | null;
  manager: string | null;
  /** Ratings written so far; null where the viewer may not read this person's ratings. */
  ratings: number | null;
  /** What of this person's the viewer may open, decided by the access policy. */
  mayOpen: { ratings: boolean; packet: boolean };
  /**
   * How far each step is, for the progress table — presence and counts, never content. Null where
   * the viewer may not know it: reviews with the packet, ratings and calibration with the ratings.
   */
  progress: { selfReview: boolean | null; managerReview: boolean | null; calibrationChanges: number | null };
}

/** The cycle's completion across everyone it covers, for those who run or calibrate it. */
export interface Completion {
  participants: number;
  selfReviews: number;
  managerReviews: number;
  /** People with every signal of the rubric rated (0 for a check-in, which has none). */
  fullyRated: number;
}

export interface CycleView {
  cycle: ReviewCycle;
  rubric: StoredRubric | null;
  /** The participants the viewer may see and open something of. */
  participants: Participant[];
  /** Participants within the viewer's scope whose ratings and packet the viewer may not open. */
  notOpenable: number;
  /** Active people with no team, so not in the cycle; named to those who see everyone, empty for others. */
  leftOut: { id: string; name: string }[];
  /** Figures over everyone the cycle covers, for those who see everyone (people partners, calibrators, administrators); null for others. */
  completion: Completion | null;
}

export async function listCycles(deps: ReviewDeps, actor: Actor): Promise<ReviewCycle[]> {
  assertAllowed(actor, 'read', { type: 'review-cycle' });
  return deps.data.cycles.list();
}

export async function readCycle(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<CycleView> {
  assertAllowed(actor, 'read', { type: 'review-cycle' });
  const cycle = await loadCycle(deps.data, cycleId);
  const rubric = await rubricOf(deps.data, cycle);
  const everyone = hasRole(actor, 'people-partner') || hasRole(actor, 'calibrator') || hasRole(actor, 'admin');
  const { covered, leftOut } = cycleCoverage(await collectAll((p) => deps.data.org.listPeople(p)));
  const inScope = covered.filter((p) => everyone || isSelf(actor, p.id) || managesLine(actor, p.id));
  const [counts, changes, written] = [await deps.data.ratings.counts(cycle.id), await deps.data.ratings.changeCounts(cycle.id), await deps.data.reviewWriteups.writtenIn(cycle.id)];
  const has = (person: string, kind: 'self' | 'manager') => written.some((w) => w.person === person && w.kind === kind);
  const shared = isShared(cycle);
  const all = inScope.map((p) => {
    const mayReadRatings = can(actor, 'read', { type: 'review-rating', person: p.id, shared }).allowed;
    const mayReadPacket = can(actor, 'read', { type: 'review-packet', person: p.id }).allowed;
    return {
      id: p.id,
      name: p.name,
      team: p.team,
      manager: p.manager,
      ratings: mayReadRatings ? (counts.get(p.id) ?? 0) : null,
      // The engineer's own ratings page opens before sharing too: it says when they will see them.
      mayOpen: { ratings: mayReadRatings || isSelf(actor, p.id), packet: mayReadPacket },
      progress: {
        selfReview: mayReadPacket ? has(p.id, 'self') : null,
        managerReview: mayReadPacket ? has(p.id, 'manager') : null,
        calibrationChanges: mayReadRatings ? (changes.get(p.id) ?? 0) : null,
      },
    };
  });
  const participants = all.filter((p) => p.mayOpen.ratings || p.mayOpen.packet);
  const signals = rubric?.signals.length ?? 0;
  const completion: Completion | null = everyone
    ? {
        participants: covered.length,
        selfReviews: covered.filter((p) => has(p.id, 'self')).length,
        managerReviews: covered.filter((p) => has(p.id, 'manager')).length,
        fullyRated: signals === 0 ? 0 : covered.filter((p) => (counts.get(p.id) ?? 0) >= signals).length,
      }
    : null;
  return { cycle, rubric, participants, notOpenable: all.length - participants.length, leftOut: everyone ? leftOut.map((p) => ({ id: p.id, name: p.name })) : [], completion };
}
