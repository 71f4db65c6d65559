/**
 * Cycles as everyone may see them — kind, period, state, the rubric version — and, for one cycle,
 * its participants as the viewer may see them: everyone for people partners, calibrators and
 * administrators, the reporting line for a manager, oneself for an engineer. Rating counts are
 * shown only where the viewer may read that person's ratings.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
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
}

export interface CycleView {
  cycle: ReviewCycle;
  rubric: StoredRubric | null;
  participants: Participant[];
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
  const people = (await collectAll((p) => deps.data.org.listPeople(p))).filter((p) => p.active && (everyone || isSelf(actor, p.id) || managesLine(actor, p.id)));
  const counts = await deps.data.ratings.counts(cycle.id);
  const shared = isShared(cycle);
  const participants = people.map((p) => ({
    id: p.id,
    name: p.name,
    team: p.team,
    manager: p.manager,
    ratings: can(actor, 'read', { type: 'review-rating', person: p.id, shared }).allowed ? (counts.get(p.id) ?? 0) : null,
  }));
  return { cycle, rubric, participants };
}
