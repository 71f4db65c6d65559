/**
 * Starting a promotion case for a person in a cycle — or changing the level it argues for. The
 * person and their manager line may do either; the target defaults to the level above the
 * person's own. Changing the target keeps the case files but drops dimensions the new level
 * does not have from them, since a case file may only claim the target level's dimensions.
 */
import type { Actor } from '../../core/access/actor.js';
import type { CaseView } from '../../core/promotion/case-view.js';
import { targetDimensions } from '../../core/promotion/target-dimensions.js';
import { assertAllowed } from '../authorize.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';
import { newId } from '../runtime.js';
import { actorAccountOf } from '../audit/audit-entry.js';
import { assertOpen, chooseTarget, ladderForCycle, loadPerson, loadPromotionCycle, viewOf } from './case-context.js';

export async function startPromotionCase(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string, input: { targetLevel?: string | undefined }): Promise<CaseView> {
  return deps.data.transaction(async (r) => {
    const cycle = await loadPromotionCycle(r, cycleId);
    const person = await loadPerson(r, personId);
    assertAllowed(actor, 'write', { type: 'promotion-case', person: personId });
    assertOpen(cycle);
    const { ladder, version } = await ladderForCycle(r, cycle);
    const target = chooseTarget(ladder, person, input.targetLevel);
    const at = deps.runtime.now();
    const template = await r.templates.current('promotion-case');
    const existing = await r.promotionCases.forPerson(cycle.id, person.id);
    if (!existing) {
      await r.promotionCases.insertCase({ id: newId(deps.runtime), cycle: cycle.id, person: person.id, targetLevel: target.id, ladder: { id: ladder.id, version }, templateVersion: template.version, createdBy: actorAccountOf(actor), createdAt: at });
      await r.audit.append(audit(deps, actor, { action: 'start', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: `target ${target.name}` }));
    } else if (existing.targetLevel !== target.id || existing.ladder.id !== ladder.id || existing.ladder.version !== version) {
      await r.promotionCases.setTarget(existing.id, target.id, { id: ladder.id, version }, at);
      const kept = new Set(targetDimensions(ladder, target.id).map((t) => t.id));
      for (const e of existing.examples) {
        if (e.dimensions.some((d) => !kept.has(d))) await r.promotionCases.updateExample(existing.id, { ...e, dimensions: e.dimensions.filter((d) => kept.has(d)) }, at);
      }
      await r.audit.append(audit(deps, actor, { action: 'retarget', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: `target ${existing.targetLevel} → ${target.id}` }));
    }
    const stored = (await r.promotionCases.forPerson(cycle.id, person.id))!;
    return viewOf(r, stored, cycle, person);
  });
}
