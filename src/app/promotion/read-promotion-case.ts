/**
 * Reading a person's promotion case in a cycle, for the case page and the exports. A case is a
 * record about a person: anyone but the person reading it leaves an audit entry (in the same
 * transaction as the read). With no case yet the answer says so and offers the levels a case
 * could argue for, with the one above the person's own suggested.
 */
import type { Actor } from '../../core/access/actor.js';
import { levelFor, levelsByRank, nextLevel } from '../../core/ladder/level-lookup.js';
import type { CaseView } from '../../core/promotion/case-view.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { audit, isSelf, type ReviewDeps } from '../reviews/deps.js';
import { ladderForCycle, loadPerson, loadPromotionCycle, viewOf } from './case-context.js';

export interface PromotionCaseRead {
  case: CaseView | null;
  cycle: { id: string; name: string; state: string };
  person: { id: string; name: string; level: string | null };
  /** The levels of the cycle's ladder, lowest first, for choosing a target. */
  levels: { id: string; name: string }[];
  /** The level above the person's own, when the ladder places them. */
  suggestedTarget: string | null;
  /**
   * Every evidence item of the person (any date: a case spans periods), for the citation picker.
   * `outcome` names the outcome link in words, without figures (the living document shows those).
   */
  citable: { id: string; title: string; date: number; kind: string; signals: string[]; outcome: string | null }[];
}

const metricWords: Record<string, string> = { changeFailureRate: 'change failure rate', recoveryTime: 'recovery time', leadTime: 'lead time', deploymentFrequency: 'deployment frequency', reworkRate: 'rework rate' };

export async function readPromotionCase(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string): Promise<PromotionCaseRead> {
  return deps.data.transaction(async (r) => {
    const cycle = await loadPromotionCycle(r, cycleId);
    const person = await loadPerson(r, personId);
    assertAllowed(actor, 'read', { type: 'promotion-case', person: personId });
    const stored = await r.promotionCases.forPerson(cycle.id, person.id);
    if (!isSelf(actor, person.id)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'promotion-case', resourceId: cycle.id, subjectPerson: person.id, detail: stored ? null : 'no case yet' }));
    const { ladder } = await ladderForCycle(r, cycle).catch(() => ({ ladder: null }));
    const current = ladder ? levelFor(ladder, person.level) : undefined;
    const suggested = ladder && current ? (nextLevel(ladder, current, person.track)?.id ?? null) : null;
    return {
      case: stored ? await viewOf(r, stored, cycle, person) : null,
      cycle: { id: cycle.id, name: cycle.name, state: cycle.state },
      person: { id: person.id, name: person.name, level: person.level },
      levels: ladder ? levelsByRank(ladder).map((l) => ({ id: l.id, name: l.name })) : [],
      suggestedTarget: suggested,
      citable: (await r.evidence.listEvidence(person.id)).map((i) => ({
        id: i.id,
        title: i.title,
        date: i.date,
        kind: i.kind,
        signals: i.signals,
        outcome: i.outcome === null ? null : `Outcome linked: ${i.outcome.metric ? `${metricWords[i.outcome.metric] ?? i.outcome.metric} of ` : ''}${i.outcome.target} ${i.outcome.id}`,
      })),
    };
  });
}

/** The case itself, for an export: NOT_FOUND when there is none yet. */
export async function readPromotionCaseForExport(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string): Promise<CaseView> {
  const read = await readPromotionCase(deps, actor, cycleId, personId);
  if (!read.case) throw new TrellisError('NOT_FOUND', `${read.person.name} has no promotion case in "${read.cycle.name}" yet.`);
  return read.case;
}
