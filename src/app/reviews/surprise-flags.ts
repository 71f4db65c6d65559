/**
 * The no-surprises flags of some ratings (spec/people.md) — ONE computation for every page that
 * shows them: the ratings page, the cycle's fairness flags and the review packet. It reads all
 * feedback shared with the people rated — shared feedback and shared growth notes on a signal,
 * and support plans (shared with the engineer from the day they are created) —
 * (whenever it was shared: the check itself decides what
 * came early enough, and says when feedback came only after the rating), and the window from the
 * organisation's setting.
 */
import { noSurpriseFlags, type SurpriseFlag } from '../../core/review/no-surprises.js';
import { plansAsSharedFeedback } from '../../core/support-plan/support-plan.js';
import type { Rating } from '../../core/review/ratings.js';
import type { Rubric } from '../../core/review/signals.js';
import type { Repositories } from '../../store/data-access.js';
import { noSurpriseDaysOf, noSurpriseSettings } from './settings.js';

export async function surpriseFlagsOf(r: Repositories, ratings: readonly Rating[], rubric: Pick<Rubric, 'scale'> | null): Promise<SurpriseFlag[]> {
  if (ratings.length === 0) return [];
  const people = [...new Set(ratings.map((x) => x.person))];
  const [feedback, notes, plans, days] = await Promise.all([
    r.sharedFeedback.forPeople(people),
    r.growthNotes.sharedOnSignals(people),
    r.supportPlans.sharedFacts(people),
    r.settings.get('no-surprise-days').then(noSurpriseDaysOf),
  ]);
  // A growth note shared with the person on the signal is earlier feedback on it, as shared feedback
  // is; so is a support plan on the signal (or on the whole role), visible from its first day.
  return noSurpriseFlags(ratings, [...feedback, ...notes, ...plansAsSharedFeedback(plans, ratings)], noSurpriseSettings(rubric, days));
}
