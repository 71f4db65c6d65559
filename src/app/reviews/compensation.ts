/**
 * Compensation proposals per cycle × person: compensation reviewers and people partners only —
 * never through the manager line (the policy's `compensation` rule). Reads and writes are audited.
 */
import type { Actor } from '../../core/access/actor.js';
import { bandFor, type Band } from '../../core/compensation/bands.js';
import { cycleCoverage } from '../../core/review/coverage.js';
import type { Budget } from '../../store/compensation-band-repository.js';
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

/** One row of a cycle's compensation view: who, their level and band, calibrated rating values once there are some, and their proposal — never growth notes. */
export interface CompensationRow {
  person: { id: string; name: string; team: string | null; level: string | null; track: string | null };
  /** The band for their level and track (in the budget's currency when a budget is set); null when the table has none. */
  band: Band | null;
  /** Rating values once calibration is done (signal → value); null before — a draft rating is not a decision. */
  ratings: { signal: string; value: string }[] | null;
  compensation: Compensation | null;
  /** False on the viewer's own row: nobody changes their own compensation. */
  mayEdit: boolean;
}

export interface CompensationList {
  rows: CompensationRow[];
  /** Active people with no team: not in the cycle, so not here — named, never silently dropped. */
  leftOut: { id: string; name: string }[];
  budget: Budget | null;
  /** The sum of the proposals' `increase` fields (numbers, in the budget's currency). */
  proposedTotal: number;
  /** Whether the view shows calibrated ratings (the cycle is finalized or shared). */
  calibrated: boolean;
  bandsImportedAt: number | null;
}

/** The proposal field the budget is spent by: a number in the budget's currency. */
export const INCREASE_FIELD = 'increase';

/**
 * The compensation proposal of everyone the cycle covers (active people with a team), for the
 * compensation view. The policy is asked per person (so the manager line is refused with its
 * reason); the read is one audit entry naming the people shown, which each of them finds in
 * their own access log.
 */
export async function listCompensation(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<CompensationList> {
  const cycle = await loadCycle(deps.data, cycleId);
  const { covered, leftOut } = cycleCoverage(await collectAll((p) => deps.data.org.listPeople(p)));
  for (const p of covered) assertAllowed(actor, 'read', { type: 'compensation', person: p.id });
  return deps.data.transaction(async (r) => {
    const stored = new Map((await r.compensation.forCycle(cycle.id)).map((c) => [c.person, c] as const));
    const [bands, budget] = [await r.compensationBands.list(), await r.compensationBands.budget(cycle.id)];
    const calibrated = cycle.state === 'finalized' || cycle.state === 'shared';
    const ratings = calibrated ? await r.ratings.forCycle(cycle.id) : [];
    const rows = covered.map((p) => ({
      person: { id: p.id, name: p.name, team: p.team, level: p.level, track: p.track },
      band: bandFor(bands.bands, p.level, p.track, budget?.currency ?? null),
      ratings: can(actor, 'read', { type: 'calibrated-rating', person: p.id, calibrated }).allowed ? ratings.filter((x) => x.person === p.id).map((x) => ({ signal: x.signal, value: x.value })) : null,
      compensation: stored.get(p.id) ?? null,
      mayEdit: can(actor, 'write', { type: 'compensation', person: p.id }).allowed,
    }));
    const proposedTotal = rows.reduce((sum, x) => sum + increaseOf(x.compensation), 0);
    if (rows.length > 0) {
      await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'compensation', resourceId: cycle.id, subjects: rows.map((x) => x.person.id), detail: rows.map((x) => x.person.name).join(', ') }));
    }
    return { rows, leftOut: leftOut.map((p) => ({ id: p.id, name: p.name })), budget, proposedTotal, calibrated, bandsImportedAt: bands.importedAt };
  });
}

/** A proposal's increase: its `increase` field when it is a number, else nothing. */
export function increaseOf(c: Compensation | null): number {
  const v = c?.fields[INCREASE_FIELD];
  return typeof v === 'number' && Number.isFinite(v) ? v : 0;
}
