/**
 * Review settings. The no-surprises window (spec/people.md: feedback on a signal must have been
 * shared at least N days before a `needs support` rating on it) is an organisation setting, kept
 * in the settings store under `no-surprise-days`: 30 by default, a whole number from 7 to 365.
 * A stored value that does not parse reads as the default rather than breaking a page.
 */
import { z } from 'zod';
import { defaultNoSurpriseDays, type NoSurpriseOptions } from '../../core/review/no-surprises.js';
import type { Rubric } from '../../core/review/signals.js';
import type { StoredSetting } from '../../store/settings-repository.js';

export const noSurpriseDaysSchema = z
  .number({ message: 'must be a whole number of days' })
  .int('must be a whole number of days')
  .min(7, 'must be 7 to 365 days')
  .max(365, 'must be 7 to 365 days');

export function noSurpriseDaysOf(s: StoredSetting | null): number {
  const parsed = z.object({ days: noSurpriseDaysSchema }).safeParse(s?.value);
  return parsed.success ? parsed.data.days : defaultNoSurpriseDays;
}

export function noSurpriseSettings(rubric: Pick<Rubric, 'scale'> | null, minDays: number = defaultNoSurpriseDays): NoSurpriseOptions {
  // The lowest value of the rubric's scale is its "needs support".
  return { minDays, needsSupport: rubric?.scale[0] ?? 'needs support' };
}
