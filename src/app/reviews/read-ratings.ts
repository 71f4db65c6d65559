/**
 * A person's ratings in a cycle: hidden from the engineer until the cycle is shared, then
 * everything — ratings, rationales, calibration changes, comments and challenges. Every read
 * leaves an audit entry, like other private reads.
 *
 * The review packet can call this, or read the repositories directly after its own policy check:
 * `data.ratings.forPerson(cycleId, personId)`, `data.ratings.changesForPerson(cycleId, personId)`.
 */
import type { Actor } from '../../core/access/actor.js';
import type { RatingNote } from '../../core/review/challenges.js';
import type { ReviewCycle } from '../../core/review/cycle.js';
import type { SurpriseFlag } from '../../core/review/no-surprises.js';
import { isShared, visibleRatings, type RatingsView } from '../../core/review/visibility.js';
import type { StoredRubric } from '../../store/review-rubric-repository.js';
import { assertAllowed } from '../authorize.js';
import { citedItems, type CitedItem } from './cited-evidence.js';
import { audit, isSelf, loadCycle, loadPerson, rubricOf, type ReviewDeps } from './deps.js';
import { surpriseFlagsOf } from './surprise-flags.js';

export interface PersonRatings extends RatingsView {
  cycle: ReviewCycle;
  person: { id: string; name: string; manager: string | null };
  rubric: StoredRubric | null;
  notes: RatingNote[];
  /** No-surprises flags on these ratings (a prompt for calibration). */
  flags: SurpriseFlag[];
  /** The evidence items the ratings cite, to name and link each citation. */
  cited: CitedItem[];
}

export async function readRatings(deps: ReviewDeps, actor: Actor, cycleId: string, personId: string): Promise<PersonRatings> {
  const cycle = await loadCycle(deps.data, cycleId);
  const person = await loadPerson(deps.data, personId);
  assertAllowed(actor, 'read', { type: 'review-rating', person: personId, shared: isShared(cycle) });
  return deps.data.transaction(async (r) => {
    const rubric = await rubricOf(r, cycle);
    const ratings = await r.ratings.forPerson(cycle.id, personId);
    const view = visibleRatings(cycle, { isSubject: isSelf(actor, personId) }, ratings, await r.ratings.changesForPerson(cycle.id, personId));
    const notes = view.visible ? await r.ratingNotes.forPerson(cycle.id, personId) : [];
    const flags = view.visible ? await surpriseFlagsOf(r, view.ratings, rubric) : [];
    // Every read is audited, the person's own too (as private records are); their access log shows others' reads only.
    await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-rating', resourceId: cycle.id, subjectPerson: personId, detail: `ratings in "${cycle.name}"` }));
    const cited = await citedItems(r, personId, view.ratings.flatMap((x) => x.evidence));
    return { ...view, cycle, person: { id: person.id, name: person.name, manager: person.manager }, rubric, notes, flags, cited };
  });
}
