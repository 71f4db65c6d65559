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
  const counts = await deps.data.ratings.counts(cycle.id);
  const shared = isShared(cycle);
  const all = inScope.map((p) => {
    const mayReadRatings = can(actor, 'read', { type: 'review-rating', person: p.id, shared }).allowed;
    return {
      id: p.id,
      name: p.name,
      team: p.team,
      manager: p.manager,
      ratings: mayReadRatings ? (counts.get(p.id) ?? 0) : null,
      // The engineer's own ratings page opens before sharing too: it says when they will see them.
      mayOpen: { ratings: mayReadRatings || isSelf(actor, p.id), packet: can(actor, 'read', { type: 'review-packet', person: p.id }).allowed },
    };
  });
  const participants = all.filter((p) => p.mayOpen.ratings || p.mayOpen.packet);
  return { cycle, rubric, participants, notOpenable: all.length - participants.length, leftOut: everyone ? leftOut.map((p) => ({ id: p.id, name: p.name })) : [] };
}
