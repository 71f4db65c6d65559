/**
 * The promotion committee's view of a cycle: every case side by side by dimension coverage and
 * evidence (core/promotion/committee.ts — no score, no rank). Calibrators (the committee) and
 * people partners read it; the read covers several people's cases, so it leaves one audit entry
 * naming them all.
 */
import type { Actor } from '../../core/access/actor.js';
import { committeeRows, type CommitteeRow } from '../../core/promotion/committee.js';
import { assertAllowed } from '../authorize.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';
import { loadPromotionCycle, viewOf, type CaseLadder } from './case-context.js';

export interface CommitteeView {
  cycle: { id: string; name: string; state: string };
  cases: CommitteeRow[];
}

export async function promotionCommitteeView(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<CommitteeView> {
  return deps.data.transaction(async (r) => {
    const cycle = await loadPromotionCycle(r, cycleId);
    assertAllowed(actor, 'read', { type: 'promotion-committee' });
    const cases = await r.promotionCases.forCycle(cycle.id);
    const ladders = new Map<string, CaseLadder>();
    const views = [];
    for (const c of cases) {
      const person = await r.org.getPerson(c.person);
      // A case whose person left the directory stays in the store but not on the committee's table.
      if (person) views.push(await viewOf(r, c, cycle, person, ladders));
    }
    if (views.length > 0) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'promotion-committee', resourceId: cycle.id, subjects: views.map((v) => v.person.id), detail: `${views.length} cases` }));
    return { cycle: { id: cycle.id, name: cycle.name, state: cycle.state }, cases: committeeRows(views) };
  });
}
