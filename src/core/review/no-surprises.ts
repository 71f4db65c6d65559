/**
 * No surprises (spec/people.md): a `needs support` rating on a signal should never be the first
 * time the engineer hears of it. It is flagged for calibration unless feedback on the same signal
 * was shared with the same engineer at least `minDays` (a setting, 30 by default) before the
 * rating. A flag is a prompt for the calibration conversation, not a verdict.
 */
import type { Rating } from './ratings.js';

type RatingFacts = Pick<Rating, 'id' | 'person' | 'signal' | 'value' | 'decidedAt'>;

export const defaultNoSurpriseDays = 30;
const dayMs = 24 * 60 * 60 * 1000;

/** A piece of feedback as the check needs it; `sharedAt` null means it was never shared. */
export interface SharedFeedbackFact {
  id: string;
  person: string;
  signal: string | null;
  sharedAt: number | null;
}

export interface SurpriseFlag {
  rating: string;
  person: string;
  signal: string;
  /** Epoch ms when the rated value was decided (the date the check counts from). */
  at: number;
  reason: string;
  /** The nearest feedback on the signal that did not count (too late or unshared), if any. */
  nearestFeedback: string | null;
}

export interface NoSurpriseOptions {
  minDays?: number;
  /** The scale value that needs earlier feedback; the lowest value of the default scale. */
  needsSupport?: string;
}

export function noSurpriseFlags(ratings: readonly RatingFacts[], feedback: readonly SharedFeedbackFact[], options: NoSurpriseOptions = {}): SurpriseFlag[] {
  const minDays = options.minDays ?? defaultNoSurpriseDays;
  const needsSupport = options.needsSupport ?? 'needs support';
  const flags: SurpriseFlag[] = [];
  for (const r of ratings) {
    if (r.value !== needsSupport) continue;
    const onSignal = feedback.filter((f) => f.person === r.person && f.signal === r.signal);
    // Counted from when the value was decided, not the last save: fixing a typo must not clear a flag.
    const ratedAt = r.decidedAt;
    const latestAllowed = ratedAt - minDays * dayMs;
    if (onSignal.some((f) => f.sharedAt !== null && f.sharedAt <= latestAllowed)) continue;
    const shared = onSignal.filter((f) => f.sharedAt !== null).sort((a, b) => a.sharedAt! - b.sharedAt!);
    let reason: string;
    let nearest: string | null = null;
    if (shared.length > 0) {
      const first = shared[0]!;
      const days = Math.floor((ratedAt - first.sharedAt!) / dayMs);
      reason = first.sharedAt! > ratedAt ? `Feedback on this signal was shared only after the rating.` : `The earliest feedback on this signal was shared ${days} days before the rating; at least ${minDays} are needed.`;
      nearest = first.id;
    } else if (onSignal.length > 0) {
      reason = 'Feedback on this signal was written but never shared with the engineer.';
      nearest = onSignal[0]!.id;
    } else {
      reason = `No feedback on this signal was shared with the engineer before the rating.`;
    }
    flags.push({ rating: r.id, person: r.person, signal: r.signal, at: ratedAt, reason, nearestFeedback: nearest });
  }
  return flags;
}
