/**
 * Create a review cycle in draft (people partners and administrators). An annual review or
 * promotion round rates against a rubric version — the latest published one unless the request
 * names one; a check-in carries no ratings and so no rubric.
 */
import type { Actor } from '../../core/access/actor.js';
import { draftCycle, kindRates, type CycleKind, type ReviewCycle, type VersionRef } from '../../core/review/cycle.js';
import { validateDeadlines, type CycleDeadlines } from '../../core/review/deadlines.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { accountOf, acceptedOrExplained, audit, type ReviewDeps } from './deps.js';

export interface CreateCycleInput {
  kind: CycleKind;
  name: string;
  periodFrom: number;
  periodTo: number;
  rubric?: VersionRef | null;
  ladder?: VersionRef | null;
  /** Due days of the steps (self reviews, manager reviews, calibration, sharing); any may be left open. */
  deadlines?: CycleDeadlines;
}

export async function createCycle(deps: ReviewDeps, actor: Actor, input: CreateCycleInput, id: string = newId(deps.runtime)): Promise<ReviewCycle> {
  assertAllowed(actor, 'write', { type: 'review-cycle' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    let rubric: VersionRef | null = input.rubric ?? null;
    if (kindRates(input.kind) && rubric === null) {
      const latest = await r.rubrics.latestPublished();
      if (!latest) throw new TrellisError('CONFLICT', 'Publish a rubric first: an annual review or promotion round rates against a published rubric.');
      rubric = { id: latest.id, version: latest.version };
    }
    if (rubric !== null && kindRates(input.kind) && !(await r.rubrics.get(rubric.id, rubric.version))) {
      throw new TrellisError('BAD_INPUT', `rubric: "${rubric.id}" has no version ${rubric.version}`);
    }
    const deadlines = acceptedOrExplained(validateDeadlines(input.deadlines ?? {}, input.periodFrom));
    const drafted = acceptedOrExplained(draftCycle({ id, kind: input.kind, name: input.name.trim(), periodFrom: input.periodFrom, periodTo: input.periodTo, rubric, ladder: input.ladder ?? null }, at, accountOf(actor)));
    const cycle: ReviewCycle = Object.keys(deadlines).length > 0 ? { ...drafted, deadlines } : drafted;
    await r.cycles.insert(cycle, at);
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'review-cycle', resourceId: cycle.id, detail: `${cycle.kind} "${cycle.name}"` }));
    return cycle;
  });
}
