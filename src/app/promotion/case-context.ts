/**
 * What every promotion-case use case loads first: the cycle (which must be one that can hold
 * promotion cases), the person, the ladder version the case reads its target level from, and
 * the person's evidence items by id (what the case may cite and what it already cites).
 */
import type { Actor } from '../../core/access/actor.js';
import { levelFor, levelsByRank, nextLevel } from '../../core/ladder/level-lookup.js';
import type { Ladder, LadderLevel } from '../../core/ladder/model.js';
import type { CaseEvidence, PromotionCase } from '../../core/promotion/model.js';
import { caseView, type CaseView } from '../../core/promotion/case-view.js';
import { targetDimensions } from '../../core/promotion/target-dimensions.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import type { Person } from '../../store/org-repository.js';
import { loadCycle, loadPerson } from '../reviews/deps.js';

export interface CaseLadder {
  ladder: Ladder;
  version: number;
}

export async function loadPromotionCycle(r: Repositories, cycleId: string): Promise<ReviewCycle> {
  const cycle = await loadCycle(r, cycleId);
  if (cycle.kind === 'check-in') throw new TrellisError('CONFLICT', `"${cycle.name}" is a quarterly check-in: it is about growth only and holds no promotion cases. Use a promotion round or an annual review.`);
  return cycle;
}

/** The cycle's pinned ladder version, else the newest published one. */
export async function ladderForCycle(r: Repositories, cycle: ReviewCycle): Promise<CaseLadder> {
  const stored = cycle.ladder ? await r.ladders.get(cycle.ladder.id, cycle.ladder.version) : await r.ladders.latestPublished();
  if (!stored) throw new TrellisError('CONFLICT', 'No career ladder is published yet: a promotion case argues for a level of the ladder, so publish one first.');
  return { ladder: stored.ladder, version: stored.version };
}

/** The stored ladder version a case was started on (its target level is read from it). */
export async function ladderOfCase(r: Repositories, c: PromotionCase): Promise<CaseLadder> {
  const stored = await r.ladders.get(c.ladder.id, c.ladder.version);
  if (!stored) throw new TrellisError('CONFLICT', `The ladder version this case was started on (${c.ladder.id} version ${c.ladder.version}) no longer exists.`);
  return { ladder: stored.ladder, version: stored.version };
}

/** The level a case argues for: the one named, else the next above the person's own. */
export function chooseTarget(ladder: Ladder, person: Person, wanted: string | undefined): LadderLevel {
  if (wanted !== undefined && wanted.trim() !== '') {
    const level = levelFor(ladder, wanted);
    if (!level) throw new TrellisError('BAD_INPUT', `No level "${wanted}" on the ${ladder.name} ladder.`, [{ field: 'targetLevel', message: `must be one of ${levelsByRank(ladder).map((l) => l.id).join(', ')}` }]);
    return level;
  }
  const current = levelFor(ladder, person.level);
  const next = current ? nextLevel(ladder, current, person.track) : undefined;
  if (!next) throw new TrellisError('BAD_INPUT', current ? `${person.name} is at the top of the ${ladder.name} ladder: name the target level.` : `${person.name}'s level is not on the ${ladder.name} ladder: name the target level.`, [{ field: 'targetLevel', message: 'required here' }]);
  return next;
}

export async function personItems(r: Repositories, person: string): Promise<Map<string, CaseEvidence>> {
  const items = await r.evidence.listEvidence(person);
  return new Map(items.map((i) => [i.id, { id: i.id, person: i.person, title: i.title, date: i.date, kind: i.kind }]));
}

/** A stored case as readers see it (coverage, pattern, cited items resolved). */
export async function viewOf(r: Repositories, c: PromotionCase, cycle: ReviewCycle, person: Person, cache?: Map<string, CaseLadder>): Promise<CaseView> {
  const key = `${c.ladder.id}@${c.ladder.version}`;
  const found = cache?.get(key) ?? (await ladderOfCase(r, c));
  cache?.set(key, found);
  const { ladder, version } = found;
  const target = ladder.levels.find((l) => l.id === c.targetLevel);
  return caseView(c, {
    cycle: { id: cycle.id, name: cycle.name },
    person: { id: person.id, name: person.name, level: person.level },
    target: { id: c.targetLevel, name: target?.name ?? c.targetLevel },
    ladder: { id: ladder.id, name: ladder.name, version },
    targets: targetDimensions(ladder, c.targetLevel),
    items: await personItems(r, person.id),
  });
}

export { loadPerson };

/** Cases are written while the cycle runs; once it is finalized the committee has decided on them. */
export function assertOpen(cycle: ReviewCycle): void {
  if (cycle.state === 'finalized' || cycle.state === 'shared') throw new TrellisError('CONFLICT', `"${cycle.name}" is ${cycle.state}: its promotion cases are locked as the committee read them.`);
}

export type { Actor };
