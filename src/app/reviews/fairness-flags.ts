/**
 * The fairness flags of a cycle: no-surprises flags on its ratings (spec/people.md). Calibrators
 * and people partners see every flag (the calibration resource); a manager sees the flags of
 * their own reporting line. Each flagged person gets an audit entry — a flag reveals a rating.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { SurpriseFlag } from '../../core/review/no-surprises.js';
import { TrellisError } from '../../errors.js';
import { audit, hasRole, loadCycle, managesLine, rubricOf, type ReviewDeps } from './deps.js';
import { surpriseFlagsOf } from './surprise-flags.js';

export async function listFairnessFlags(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<SurpriseFlag[]> {
  const all = can(actor, 'read', { type: 'calibration' }).allowed;
  if (!all && !hasRole(actor, 'manager')) {
    throw new TrellisError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', 'Fairness flags are for managers (their reporting line), calibrators and people partners.');
  }
  const cycle = await loadCycle(deps.data, cycleId);
  return deps.data.transaction(async (r) => {
    const ratings = (await r.ratings.forCycle(cycle.id)).filter((x) => all || managesLine(actor, x.person));
    const flags = await surpriseFlagsOf(r, ratings, await rubricOf(r, cycle));
    for (const person of new Set(flags.map((f) => f.person))) {
      await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-rating', resourceId: cycle.id, subjectPerson: person, detail: `fairness flags of "${cycle.name}"` }));
    }
    return flags;
  });
}
