import { describe, expect, it } from 'vitest';
import { answerChallenge, raiseNote } from './challenges.js';
import { calibrateRating, writeRating } from './ratings.js';
import { cycleIn, day, publishedRubric, rating, t0 } from './review.test-helpers.js';
import { visibleRatings } from './visibility.js';

const input = { person: 'jonas', signal: 'code-quality', value: 'needs support', rationale: ' Two reviews returned for missing tests. ', evidence: [' ', 'ev-12'], context: ' PR 12 and PR 19 ' };
const meta = { id: 'r1', author: 'acct-greg', at: t0 + 10 * day };

describe('writing a rating', () => {
  it('accepts a value on the scale with a rationale citing evidence, while writing', () => {
    expect(writeRating(cycleIn('writing'), publishedRubric(), input, meta)).toEqual({
      ok: true,
      value: { id: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', value: 'needs support', rationale: 'Two reviews returned for missing tests.', evidence: ['ev-12'], context: 'PR 12 and PR 19', author: 'acct-greg', at: t0 + 10 * day, decidedAt: t0 + 10 * day, firstRatedAt: t0 + 10 * day },
    });
  });

  it('keeps the date the value was decided when only the rationale changes (a typo fixed 31 days later), and moves it with a new value', () => {
    const first = writeRating(cycleIn('writing'), publishedRubric(), input, meta);
    if (!first.ok) throw new Error(first.reason);
    const typo = writeRating(cycleIn('writing'), publishedRubric(), { ...input, rationale: 'Two reviews came back for missing tests.' }, { ...meta, at: t0 + 41 * day, previous: first.value });
    expect(typo).toMatchObject({ ok: true, value: { at: t0 + 41 * day, decidedAt: t0 + 10 * day, firstRatedAt: t0 + 10 * day } });
    if (!typo.ok) return;
    const changed = writeRating(cycleIn('writing'), publishedRubric(), { ...input, value: 'strong at level' }, { ...meta, at: t0 + 50 * day, previous: typo.value });
    expect(changed).toMatchObject({ ok: true, value: { at: t0 + 50 * day, decidedAt: t0 + 50 * day, firstRatedAt: t0 + 10 * day } });
  });

  it('refuses outside writing, on a check-in, off the scale, on an unknown signal, or without rationale or evidence', () => {
    const rubric = publishedRubric();
    expect(writeRating(cycleIn('calibrating'), rubric, input, meta)).toEqual({ ok: false, reason: 'Ratings are written while the cycle is in writing; "2026 annual review" is calibrating.' });
    expect(writeRating(cycleIn('writing', 'check-in'), rubric, input, meta)).toEqual({ ok: false, reason: 'A check-in is about growth only: it never carries ratings.' });
    expect(writeRating(cycleIn('writing'), rubric, { ...input, value: 'meh' }, meta)).toEqual({ ok: false, reason: 'value: "meh" is not on the scale (needs support, strong at level, exceeds)' });
    expect(writeRating(cycleIn('writing'), rubric, { ...input, signal: 'charisma' }, meta)).toMatchObject({ ok: false, reason: expect.stringContaining('signal: "charisma"') });
    expect(writeRating(cycleIn('writing'), rubric, { ...input, rationale: '  ' }, meta)).toMatchObject({ ok: false, reason: expect.stringContaining('rationale:') });
    // Context alone never counts as evidence.
    expect(writeRating(cycleIn('writing'), rubric, { ...input, evidence: ['', '  '] }, meta)).toEqual({ ok: false, reason: 'evidence: cite at least one item of the person’s living document the rationale rests on (context alone is not evidence)' });
    expect(writeRating(cycleIn('writing'), null, input, meta)).toEqual({ ok: false, reason: 'The cycle has no rubric version to rate against.' });
  });
});

describe('calibration changes', () => {
  const change = { value: 'strong at level', reason: 'consistency' as const, note: 'Same evidence as peers rated strong.' };
  const cmeta = { id: 'ch1', by: 'acct-priya', at: t0 + 40 * day };

  it('records who, old, new, the reason tag and a note, and updates the rating', () => {
    const r = calibrateRating(cycleIn('calibrating'), publishedRubric(), rating(), change, cmeta);
    expect(r).toEqual({
      ok: true,
      value: {
        rating: { ...rating(), value: 'strong at level', at: t0 + 40 * day, decidedAt: t0 + 40 * day },
        change: { id: 'ch1', rating: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', by: 'acct-priya', from: 'needs support', to: 'strong at level', reason: 'consistency', note: 'Same evidence as peers rated strong.', at: t0 + 40 * day },
      },
    });
  });

  it('refuses outside calibrating, without a note, with an unknown tag, or without a change', () => {
    const rubric = publishedRubric();
    expect(calibrateRating(cycleIn('writing'), rubric, rating(), change, cmeta)).toMatchObject({ ok: false, reason: expect.stringContaining('while the cycle is calibrating') });
    expect(calibrateRating(cycleIn('calibrating'), rubric, rating(), { ...change, note: ' ' }, cmeta)).toMatchObject({ ok: false, reason: expect.stringContaining('note:') });
    expect(calibrateRating(cycleIn('calibrating'), rubric, rating(), { ...change, reason: 'vibes' as never }, cmeta)).toEqual({ ok: false, reason: 'reason: must be one of scope, complexity, impact, consistency' });
    expect(calibrateRating(cycleIn('calibrating'), rubric, rating(), { ...change, value: 'needs support' }, cmeta)).toEqual({ ok: false, reason: 'value: the rating already is "needs support"' });
  });
});

describe('visibility', () => {
  it('hides ratings from the engineer until shared, then shows everything including calibration changes', () => {
    const ratings = [rating()];
    const changes = [{ id: 'ch', rating: 'r1', cycle: 'c1', person: 'jonas', signal: 'code-quality', by: null, from: 'exceeds', to: 'needs support', reason: 'scope' as const, note: 'n', at: t0 }];
    for (const state of ['draft', 'published', 'writing', 'calibrating', 'finalized'] as const) {
      expect(visibleRatings(cycleIn(state), { isSubject: true }, ratings, changes), state).toEqual({
        visible: false,
        reason: `Ratings are shared when the cycle reaches shared; "2026 annual review" is ${state}.`,
        ratings: [],
        changes: [],
      });
      expect(visibleRatings(cycleIn(state), { isSubject: false }, ratings, changes).ratings).toEqual(ratings);
    }
    expect(visibleRatings(cycleIn('shared'), { isSubject: true }, ratings, changes)).toEqual({ visible: true, reason: null, ratings, changes });
  });
});

describe('comments and challenges', () => {
  const meta = { id: 'n1', author: 'acct-jonas', at: t0 + 200 * day };
  const challenge = { person: 'jonas', signal: 'code-quality', kind: 'challenge' as const, text: 'The PRs cited were pair-written with a new joiner.' };

  it('records a challenge as open and closes it only with a written answer', () => {
    const raised = raiseNote(cycleIn('shared'), challenge, meta);
    if (!raised.ok) throw new Error(raised.reason);
    expect(raised.value).toMatchObject({ kind: 'challenge', state: 'open', answer: null });
    expect(answerChallenge(raised.value, { by: 'acct-greg', text: '  ', at: t0 + 201 * day })).toEqual({ ok: false, reason: 'answer: a challenge is closed by a written answer, never silently' });
    const answered = answerChallenge(raised.value, { by: 'acct-greg', text: 'Agreed; changed in the record.', at: t0 + 201 * day });
    expect(answered).toMatchObject({ ok: true, value: { state: 'answered', answer: { by: 'acct-greg', text: 'Agreed; changed in the record.' } } });
    if (!answered.ok) return;
    expect(answerChallenge(answered.value, { by: 'acct-greg', text: 'again', at: t0 + 202 * day })).toEqual({ ok: false, reason: 'This challenge already has its answer.' });
  });

  it('takes comments (no state) and refuses both before the cycle is shared', () => {
    expect(raiseNote(cycleIn('shared'), { ...challenge, kind: 'comment' }, meta)).toMatchObject({ ok: true, value: { state: null } });
    expect(raiseNote(cycleIn('finalized'), challenge, meta)).toMatchObject({ ok: false, reason: expect.stringContaining('once the cycle is shared') });
    const comment = raiseNote(cycleIn('shared'), { ...challenge, kind: 'comment' }, meta);
    if (comment.ok) expect(answerChallenge(comment.value, { by: null, text: 'x', at: t0 + 300 * day })).toMatchObject({ ok: false });
  });
});
