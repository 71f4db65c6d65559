/**
 * A rater's rating of one sample packet on one signal, with a rationale. Saving again replaces it
 * until the round is revealed; from then on the ratings stand as given, so the discussion is about
 * what each person decided independently.
 */
import type { Actor } from '../../core/access/actor.js';
import { rateSample as rate, type RatingInput, type WorkshopRating } from '../../core/calibration/workshop.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';
import { loadRound, ok } from './workshop-deps.js';

export async function rateSample(deps: ReviewDeps, actor: Actor, roundId: string, input: RatingInput): Promise<WorkshopRating> {
  const me = actor.kind === 'account' ? actor.personId : null;
  if (me === null) throw new TrellisError('FORBIDDEN', 'Only a person who is a rater of this round rates its packets.');
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const l = await loadRound(r, roundId);
    assertAllowed(actor, 'write', { type: 'workshop-rating', rater: me, raters: l.round.raters, revealed: false });
    const rating = ok(rate(l.round, l.packets, l.ratings, me, input, at));
    await r.workshops.saveRating(rating);
    await r.audit.append(audit(deps, actor, { action: 'rate', resourceType: 'workshop-rating', resourceId: roundId, detail: `rated a sample packet on ${input.signal}` }));
    return rating;
  });
}
