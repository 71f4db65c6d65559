/**
 * A calibrator changes a rating while the cycle is calibrating. The change keeps who, the old and
 * new value, a reason tag and a note — the engineer reads all of it once the cycle is shared.
 */
import type { Actor } from '../../core/access/actor.js';
import { calibrateRating as calibrate, type CalibrationInput, type Rating, type RatingChange } from '../../core/review/ratings.js';
import { mayChangeRatings } from '../../core/calibration/session.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { acceptedOrExplained, accountOf, audit, loadCycle, rubricOf, type ReviewDeps } from './deps.js';

export async function calibrateRating(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, signal: string, input: CalibrationInput): Promise<{ rating: Rating; change: RatingChange }> {
  assertAllowed(actor, 'write', { type: 'calibration' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    // With a calibration session, ratings change only while it is open (never before it opens, never once locked).
    acceptedOrExplained(mayChangeRatings((await r.calibrationSessions.forCycle(cycle.id)) ?? null));
    const rating = await r.ratings.cell(cycle.id, person, signal);
    if (!rating) throw new TrellisError('NOT_FOUND', `No rating of ${person} on ${signal} in "${cycle.name}".`);
    const result = acceptedOrExplained(calibrate(cycle, await rubricOf(r, cycle), rating, input, { id: newId(deps.runtime), by: accountOf(actor), at }));
    await r.ratings.save(result.rating);
    await r.ratings.insertChange(result.change);
    await r.audit.append(
      audit(deps, actor, { action: 'calibrate', resourceType: 'review-rating', resourceId: rating.id, subjectPerson: person, detail: `${cycle.name}: ${signal} ${result.change.from} → ${result.change.to} (${result.change.reason})` }),
    );
    return result;
  });
}
