/**
 * What the calibration workshop use cases share: loading a round with its packets and ratings,
 * and the one access decision on ratings (hidden until revealed) that every view goes through.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { isRevealed, revealState, type RevealState, type SamplePacket, type WorkshopRating, type WorkshopRound } from '../../core/calibration/workshop.js';
import type { Outcome } from '../../core/review/outcome.js';
import { TrellisError } from '../../errors.js';
import type { Repositories } from '../../store/data-access.js';
import { acceptedOrExplained } from '../reviews/deps.js';

export { acceptedOrExplained };

export interface LoadedRound {
  round: WorkshopRound;
  packets: SamplePacket[];
  ratings: WorkshopRating[];
  state: RevealState;
}

export async function loadRound(r: Repositories, id: string): Promise<LoadedRound> {
  const round = await r.workshops.getRound(id);
  if (!round) throw new TrellisError('NOT_FOUND', `No calibration workshop round with id "${id}".`);
  const packets = await r.workshops.packets(id);
  const ratings = await r.workshops.ratings(id);
  return { round, packets, ratings, state: revealState(round, packets, ratings) };
}

/** The ratings this actor may see: their own always; everyone's once the round is revealed. */
export function visibleRatings(actor: Actor, l: LoadedRound): WorkshopRating[] {
  const revealed = isRevealed(l.state);
  return l.ratings.filter((x) => can(actor, 'read', { type: 'workshop-rating', rater: x.rater, raters: l.round.raters, revealed }).allowed);
}

export const ok = <T>(o: Outcome<T>): T => acceptedOrExplained(o);
