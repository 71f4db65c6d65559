import { describe, expect, it } from 'vitest';
import { noSurpriseFlags, type SharedFeedbackFact } from './no-surprises.js';
import { day, rating, t0 } from './review.test-helpers.js';

const ratedAt = t0 + 100 * day;
const nsRating = rating({ at: ratedAt });
const fb = (over: Partial<SharedFeedbackFact>): SharedFeedbackFact => ({ id: 'f1', person: 'jonas', signal: 'code-quality', sharedAt: ratedAt - 30 * day, ...over });

describe('no surprises', () => {
  it('passes a needs-support rating with feedback on the signal shared exactly 30 days before', () => {
    expect(noSurpriseFlags([nsRating], [fb({})])).toEqual([]);
  });

  it('flags it when that feedback was shared 29 days before', () => {
    expect(noSurpriseFlags([nsRating], [fb({ sharedAt: ratedAt - 29 * day })])).toEqual([
      { rating: 'r1', person: 'jonas', signal: 'code-quality', at: ratedAt, reason: 'The earliest feedback on this signal was shared 29 days before the rating; at least 30 are needed.', nearestFeedback: 'f1' },
    ]);
  });

  it('flags it when the only earlier feedback is on another signal, or about another person', () => {
    const flags = noSurpriseFlags([nsRating], [fb({ signal: 'collaboration', sharedAt: ratedAt - 90 * day }), fb({ id: 'f2', person: 'mei', sharedAt: ratedAt - 90 * day })]);
    expect(flags).toEqual([expect.objectContaining({ rating: 'r1', reason: 'No feedback on this signal was shared with the engineer before the rating.', nearestFeedback: null })]);
  });

  it('flags it when the feedback was written but never shared', () => {
    expect(noSurpriseFlags([nsRating], [fb({ sharedAt: null })])).toEqual([
      expect.objectContaining({ reason: 'Feedback on this signal was written but never shared with the engineer.', nearestFeedback: 'f1' }),
    ]);
  });

  it('flags it with no feedback at all, and leaves other values alone', () => {
    expect(noSurpriseFlags([nsRating, rating({ id: 'r2', value: 'strong at level' })], [])).toEqual([expect.objectContaining({ rating: 'r1' })]);
  });

  it('honours the setting: 45 days makes 30-day-old feedback too late', () => {
    expect(noSurpriseFlags([nsRating], [fb({})], { minDays: 45 })).toHaveLength(1);
    expect(noSurpriseFlags([nsRating], [fb({ sharedAt: ratedAt - 45 * day })], { minDays: 45 })).toEqual([]);
  });

  it('counts from when the value was decided, not the last save: fixing a typo 31 days later does not clear the flag', () => {
    const typoFixed = rating({ at: ratedAt + 31 * day, decidedAt: ratedAt });
    expect(noSurpriseFlags([typoFixed], [fb({ sharedAt: ratedAt - 5 * day })])).toEqual([expect.objectContaining({ rating: 'r1', at: ratedAt, reason: 'The earliest feedback on this signal was shared 5 days before the rating; at least 30 are needed.' })]);
  });

  it('says so when feedback was shared only after the rating', () => {
    expect(noSurpriseFlags([nsRating], [fb({ sharedAt: ratedAt + day })])[0]?.reason).toBe('Feedback on this signal was shared only after the rating.');
  });
});
