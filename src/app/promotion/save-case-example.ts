/**
 * Adding, changing and removing a case file of a promotion case. Each write checks the file
 * against the target level's dimensions and the person's own evidence items (core/promotion),
 * and commits with its audit entry and the case's new "last changed" time, or not at all.
 */
import type { Actor } from '../../core/access/actor.js';
import type { CaseView } from '../../core/promotion/case-view.js';
import { targetDimensions } from '../../core/promotion/target-dimensions.js';
import { checkExample, exampleLimit, type ExampleDraft } from '../../core/promotion/validate-example.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { acceptedOrExplained, audit, type ReviewDeps } from '../reviews/deps.js';
import { newId } from '../runtime.js';
import { assertOpen, ladderOfCase, loadPerson, loadPromotionCycle, personItems, viewOf } from './case-context.js';

async function openCase(r: Repositories, actor: Actor, cycleId: string, personId: string) {
  const cycle = await loadPromotionCycle(r, cycleId);
  const person = await loadPerson(r, personId);
  assertAllowed(actor, 'write', { type: 'promotion-case', person: personId });
  assertOpen(cycle);
  const c = await r.promotionCases.forPerson(cycle.id, person.id);
  if (!c) throw new TrellisError('NOT_FOUND', `${person.name} has no promotion case in "${cycle.name}" yet: start one first.`);
  return { cycle, person, c };
}

/** Adds a case file when `exampleId` is undefined, else changes that one. */
export async function saveCaseExample(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string, exampleId: string | undefined, draft: ExampleDraft): Promise<CaseView> {
  return deps.data.transaction(async (r) => {
    const { cycle, person, c } = await openCase(r, actor, cycleId, personId);
    const { ladder } = await ladderOfCase(r, c);
    const checked = acceptedOrExplained(checkExample(draft, targetDimensions(ladder, c.targetLevel), await personItems(r, person.id), { id: person.id, name: person.name }));
    const at = deps.runtime.now();
    if (exampleId === undefined) {
      if (c.examples.length >= exampleLimit) throw new TrellisError('BAD_INPUT', `A case holds at most ${exampleLimit} case files: pick the strongest examples rather than every piece of work.`);
      const id = newId(deps.runtime);
      const position = c.examples.reduce((m, e) => Math.max(m, e.position + 1), 0);
      await r.promotionCases.insertExample(c.id, { id, position, ...checked }, at);
      await r.audit.append(audit(deps, actor, { action: 'add-example', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: id }));
    } else {
      const existing = c.examples.find((e) => e.id === exampleId);
      if (!existing) throw new TrellisError('NOT_FOUND', `No case file "${exampleId}" in ${person.name}'s promotion case.`);
      await r.promotionCases.updateExample(c.id, { ...existing, ...checked }, at);
      await r.audit.append(audit(deps, actor, { action: 'update-example', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: exampleId }));
    }
    // The case was just written against the template in force: record which version that was.
    await r.promotionCases.touch(c.id, at, (await r.templates.current('promotion-case')).version);
    return viewOf(r, (await r.promotionCases.forPerson(cycle.id, person.id))!, cycle, person);
  });
}

export async function deleteCaseExample(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string, exampleId: string): Promise<CaseView> {
  return deps.data.transaction(async (r) => {
    const { cycle, person, c } = await openCase(r, actor, cycleId, personId);
    if (!(await r.promotionCases.deleteExample(c.id, exampleId))) throw new TrellisError('NOT_FOUND', `No case file "${exampleId}" in ${person.name}'s promotion case.`);
    const at = deps.runtime.now();
    await r.promotionCases.touch(c.id, at);
    await r.audit.append(audit(deps, actor, { action: 'delete-example', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: exampleId }));
    return viewOf(r, (await r.promotionCases.forPerson(cycle.id, person.id))!, cycle, person);
  });
}
