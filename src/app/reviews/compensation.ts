/**
 * Compensation proposals per cycle × person: compensation reviewers and people partners only —
 * never through the manager line (the policy's `compensation` rule). Reads and writes are audited.
 */
import type { Actor } from '../../core/access/actor.js';
import type { Compensation, CompensationFields } from '../../store/review-compensation-repository.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, loadCycle, loadPerson, type ReviewDeps } from './deps.js';

export async function readCompensation(deps: ReviewDeps, actor: Actor, cycleId: string, person: string): Promise<Compensation | null> {
  const cycle = await loadCycle(deps.data, cycleId);
  await loadPerson(deps.data, person);
  assertAllowed(actor, 'read', { type: 'compensation', person });
  return deps.data.transaction(async (r) => {
    const c = await r.compensation.get(cycle.id, person);
    await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'compensation', resourceId: cycle.id, subjectPerson: person }));
    return c ?? null;
  });
}

export async function writeCompensation(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, fields: CompensationFields): Promise<Compensation> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'compensation', person });
    const c: Compensation = { cycle: cycle.id, person, fields, updatedBy: accountOf(actor), updatedAt: at };
    await r.compensation.save(c);
    await r.audit.append(audit(deps, actor, { action: 'write', resourceType: 'compensation', resourceId: cycle.id, subjectPerson: person, detail: Object.keys(fields).join(', ') }));
    return c;
  });
}
