/** Review settings. The no-surprises window is a setting (spec/people.md); 30 days until configuration carries it. */
import { defaultNoSurpriseDays, type NoSurpriseOptions } from '../../core/review/no-surprises.js';
import type { Rubric } from '../../core/review/signals.js';

export function noSurpriseSettings(rubric: Pick<Rubric, 'scale'> | null, minDays: number = defaultNoSurpriseDays): NoSurpriseOptions {
  // The lowest value of the rubric's scale is its "needs support".
  return { minDays, needsSupport: rubric?.scale[0] ?? 'needs support' };
}
