/**
 * Calibration workshop rounds: a facilitator (calibrator or admin) starts a round with raters and
 * the published review signals; everyone involved sees its progress; the facilitator may close
 * it early. Reading a round never reveals a rating early: visibleRatings asks the policy per rater.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { closeRound as close, createRound, isRevealed, raterProgress, type RaterProgress, type RevealState, type SamplePacket, type WorkshopRating, type WorkshopRound } from '../../core/calibration/workshop.js';
import { workshopResults, type WorkshopResults } from '../../core/calibration/workshop-results.js';
import { hash32, Rng } from '../../core/demo/random.js';
import { defaultRubric } from '../../core/review/default-rubric.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { accountOf, audit, type ReviewDeps } from '../reviews/deps.js';
import { loadRound, ok, visibleRatings, type LoadedRound } from './workshop-deps.js';

export type WorkshopDeps = ReviewDeps;

export interface RoundSummary {
  round: WorkshopRound;
  state: RevealState;
  packets: number;
  /** Ordinal alpha and its interval once revealed (for comparing rounds over time). */
  alpha: { value: number | null; low: number | null; high: number | null; n: number } | null;
}

export async function startRound(deps: WorkshopDeps, actor: Actor, input: { title: string; raters: string[] }): Promise<WorkshopRound> {
  assertAllowed(actor, 'write', { type: 'calibration-workshop', raters: input.raters });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const found = await r.org.existing('people', input.raters);
    const missing = input.raters.filter((p) => !found.has(p));
    if (missing.length > 0) throw new TrellisError('BAD_INPUT', `raters: no person with id ${missing.map((m) => `"${m}"`).join(', ')}`);
    const rubric = (await r.rubrics.latestPublished()) ?? null;
    const source = rubric ?? defaultRubric();
    const round = ok(createRound({ title: input.title, raters: input.raters, signals: source.signals.map((s) => ({ id: s.id, name: s.name })), scale: source.scale }, { id: newId(deps.runtime), at, by: accountOf(actor) }));
    await r.workshops.insertRound(round);
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'calibration-workshop', resourceId: round.id, detail: `workshop round "${round.title}" with ${round.raters.length} raters` }));
    return round;
  });
}

export async function listRounds(deps: WorkshopDeps, actor: Actor): Promise<RoundSummary[]> {
  const rounds = await deps.data.workshops.rounds();
  const out: RoundSummary[] = [];
  for (const round of rounds) {
    if (!can(actor, 'read', { type: 'calibration-workshop', raters: round.raters }).allowed) continue;
    const l = await loadRound(deps.data, round.id);
    out.push({ round, state: l.state, packets: l.packets.filter((p) => p.approvedAt !== null).length, alpha: summaryAlpha(actor, l) });
  }
  return out;
}

function summaryAlpha(actor: Actor, l: LoadedRound): RoundSummary['alpha'] {
  if (!isRevealed(l.state)) return null;
  const shown = visibleRatings(actor, l);
  if (shown.length !== l.ratings.length) return null;
  const res = resultsOf(l, shown);
  return { value: res.agreement.alpha.ordinal, low: res.agreement.interval?.low ?? null, high: res.agreement.interval?.high ?? null, n: res.agreement.n };
}

/** Seeded by the round, so the interval shown does not change on reload. */
const resultsOf = (l: LoadedRound, ratings: WorkshopRating[]): WorkshopResults => workshopResults(l.round, l.packets, ratings, new Rng(hash32(l.round.id)));

export interface RoundView {
  round: WorkshopRound;
  state: RevealState;
  /** Facilitators see every packet (drafts to review too); raters only approved ones. */
  packets: SamplePacket[];
  progress: RaterProgress[];
  /** The reader's own ratings, and everyone's once revealed. */
  ratings: WorkshopRating[];
  results: WorkshopResults | null;
  names: Record<string, string>;
  mayFacilitate: boolean;
  mayRate: boolean;
}

export async function readRound(deps: WorkshopDeps, actor: Actor, id: string): Promise<RoundView> {
  const l = await loadRound(deps.data, id);
  assertAllowed(actor, 'read', { type: 'calibration-workshop', raters: l.round.raters });
  const mayFacilitate = can(actor, 'write', { type: 'calibration-workshop', raters: l.round.raters }).allowed;
  const me = actor.kind === 'account' ? actor.personId : null;
  const mayRate = me !== null && can(actor, 'write', { type: 'workshop-rating', rater: me, raters: l.round.raters, revealed: false }).allowed && !isRevealed(l.state);
  const ratings = visibleRatings(actor, l);
  const everyone = isRevealed(l.state) && ratings.length === l.ratings.length;
  const names = Object.fromEntries(await deps.data.org.personNames(l.round.raters));
  return {
    round: l.round,
    state: l.state,
    packets: mayFacilitate ? l.packets : l.packets.filter((p) => p.approvedAt !== null),
    progress: raterProgress(l.round, l.packets, l.ratings),
    ratings,
    results: everyone ? resultsOf(l, ratings) : null,
    names,
    mayFacilitate,
    mayRate,
  };
}

export async function closeRound(deps: WorkshopDeps, actor: Actor, id: string): Promise<WorkshopRound> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const l = await loadRound(r, id);
    assertAllowed(actor, 'write', { type: 'calibration-workshop', raters: l.round.raters });
    if (l.state === 'all-in') throw new TrellisError('CONFLICT', 'Every rater has rated every packet: the ratings are already revealed.');
    const closed = ok(close(l.round, { at, by: accountOf(actor) }));
    if (!(await r.workshops.close(closed))) throw new TrellisError('CONFLICT', 'This round is already closed.');
    const given = l.ratings.length;
    await r.audit.append(audit(deps, actor, { action: 'close', resourceType: 'calibration-workshop', resourceId: id, detail: `closed workshop round "${l.round.title}" early with ${given} ratings given` }));
    return closed;
  });
}
