/**
 * Compensation proposals per cycle × person: compensation reviewers and people partners only —
 * never through the manager line (the policy's `compensation` rule). Reads and writes are audited.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { Compensation, CompensationFields } from '../../store/review-compensation-repository.js';
import { assertAllowed } from '../authorize.js';
import { collectAll } from '../org/collect-all.js';
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

/** One row of a cycle's compensation view: who, and their proposal — nothing from growth or ratings. */
export interface CompensationRow {
  person: { id: string; name: string; team: string | null };
  compensation: Compensation | null;
  /** False on the viewer's own row: nobody changes their own compensation. */
  mayEdit: boolean;
}

/**
 * Every active person's compensation proposal in a cycle, for the compensation view. The policy
 * is asked per person (so the manager line is refused with its reason) and every person's read
 * is audited, as a single read is.
 */
export async function listCompensation(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<CompensationRow[]> {
  const cycle = await loadCycle(deps.data, cycleId);
  const people = (await collectAll((p) => deps.data.org.listPeople(p))).filter((p) => p.active);
  for (const p of people) assertAllowed(actor, 'read', { type: 'compensation', person: p.id });
  return deps.data.transaction(async (r) => {
    const rows: CompensationRow[] = [];
    for (const p of people) {
      const c = await r.compensation.get(cycle.id, p.id);
      await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'compensation', resourceId: cycle.id, subjectPerson: p.id }));
      rows.push({ person: { id: p.id, name: p.name, team: p.team }, compensation: c ?? null, mayEdit: can(actor, 'write', { type: 'compensation', person: p.id }).allowed });
    }
    return rows;
  });
}
