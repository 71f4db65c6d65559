/**
 * Move a cycle one state forward (people partners and administrators), audited with the step.
 * Two calibration rules hold here, where every move passes: a cycle with a calibration session
 * is finalized only once the session is locked, and a cycle is shared only when every
 * no-surprises flag has been acknowledged with a note — a surprise never reaches an engineer
 * without a word.
 */
import type { Actor } from '../../core/access/actor.js';
import { transition, type CycleState, type ReviewCycle } from '../../core/review/cycle.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { openSurpriseFlags } from '../calibration/session-deps.js';
import { notifyCycleStep } from '../notifications/review-events.js';
import { accepted, accountOf, audit, loadCycle, rubricOf, type ReviewDeps } from './deps.js';

export async function transitionCycle(deps: ReviewDeps, actor: Actor, cycleId: string, to: CycleState): Promise<ReviewCycle> {
  assertAllowed(actor, 'write', { type: 'review-cycle' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const rubric = await rubricOf(r, cycle);
    const next = accepted(transition(cycle, to, at, { rubric, by: accountOf(actor) }));
    if (next.state === 'finalized') {
      const session = await r.calibrationSessions.forCycle(cycle.id);
      if (session && session.state !== 'locked') throw new TrellisError('CONFLICT', `The calibration session of "${cycle.name}" is ${session.state}: a calibrator locks it before the cycle is finalized.`);
    }
    if (next.state === 'shared') {
      const open = await openSurpriseFlags(r, cycle, rubric);
      if (open.length > 0) {
        const names = await r.org.personNames(open.map((f) => f.person));
        const list = open.map((f) => `${names.get(f.person) ?? f.person} (${f.signal})`).join(', ');
        throw new TrellisError('CONFLICT', `${open.length} no-surprises flag${open.length === 1 ? ' is' : 's are'} open: ${list}. A calibrator acknowledges each with a note on the calibration board before the cycle is shared.`);
      }
    }
    await r.cycles.saveTransition(next);
    await r.audit.append(audit(deps, actor, { action: 'transition', resourceType: 'review-cycle', resourceId: cycle.id, detail: `${cycle.state} → ${next.state}` }));
    // Opening and sharing notify the people in the cycle, committed with the step itself.
    await notifyCycleStep(r, deps.runtime, next);
    return next;
  });
}
