/**
 * A manager rates a report on one signal while the cycle is in writing: a value on the rubric's
 * scale and a rationale citing evidence. The policy allows the manager line and calibrators to
 * write ratings; while writing, only the manager line does — calibrators change ratings later,
 * in calibration (calibrate-rating.ts). The evidence cited must be items of the person's living
 * document in the cycle's period (cited-evidence.ts); free-text context is kept beside it.
 */
import type { Actor } from '../../core/access/actor.js';
import { writeRating as rate, type Rating, type RatingInput } from '../../core/review/ratings.js';
import { isShared } from '../../core/review/visibility.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { notifySurpriseFlag } from '../notifications/review-events.js';
import { surpriseFlagsOf } from './surprise-flags.js';
import { resolveCited } from './cited-evidence.js';
import { acceptedOrExplained, accountOf, audit, loadCycle, loadPerson, managesLine, rubricOf, type ReviewDeps } from './deps.js';

export async function writeRating(deps: ReviewDeps, actor: Actor, cycleId: string, input: RatingInput): Promise<Rating> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const person = await loadPerson(r, input.person);
    assertAllowed(actor, 'write', { type: 'review-rating', person: input.person, shared: isShared(cycle) });
    if (!managesLine(actor, input.person)) throw new TrellisError('FORBIDDEN', 'While a cycle is in writing, ratings are written by the person’s manager line; calibrators change them in calibration.');
    const existing = await r.ratings.cell(cycle.id, input.person, input.signal);
    // Citations resolve before anything is written: an item of this person in the cycle's period, or a refusal naming it.
    const evidence = await resolveCited(r, cycle, person, input.evidence);
    const rubric = await rubricOf(r, cycle);
    const rating = acceptedOrExplained(rate(cycle, rubric, { ...input, evidence }, { id: existing?.id ?? newId(deps.runtime), author: accountOf(actor), at, previous: existing }));
    await r.ratings.save(rating);
    await r.audit.append(
      audit(deps, actor, { action: existing ? 'update' : 'create', resourceType: 'review-rating', resourceId: rating.id, subjectPerson: rating.person, detail: `${cycle.name}: ${rating.signal} = ${rating.value}` }),
    );
    // A rating the person would not see coming prompts its writer, once per rated value.
    const flag = (await surpriseFlagsOf(r, [rating], rubric)).find((f) => f.rating === rating.id);
    if (flag && actor.kind === 'account') await notifySurpriseFlag(r, deps.runtime, cycle, actor.personId, flag, rating.value);
    return rating;
  });
}
