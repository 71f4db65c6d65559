/** Move a cycle one state forward (people partners and administrators), audited with the step. */
import type { Actor } from '../../core/access/actor.js';
import { transition, type CycleState, type ReviewCycle } from '../../core/review/cycle.js';
import { assertAllowed } from '../authorize.js';
import { notifyCycleStep } from '../notifications/review-events.js';
import { accepted, accountOf, audit, loadCycle, rubricOf, type ReviewDeps } from './deps.js';

export async function transitionCycle(deps: ReviewDeps, actor: Actor, cycleId: string, to: CycleState): Promise<ReviewCycle> {
  assertAllowed(actor, 'write', { type: 'review-cycle' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const next = accepted(transition(cycle, to, at, { rubric: await rubricOf(r, cycle), by: accountOf(actor) }));
    await r.cycles.saveTransition(next);
    await r.audit.append(audit(deps, actor, { action: 'transition', resourceType: 'review-cycle', resourceId: cycle.id, detail: `${cycle.state} → ${next.state}` }));
    // Opening and sharing notify the people in the cycle, committed with the step itself.
    await notifyCycleStep(r, deps.runtime, next);
    return next;
  });
}
