import { describe, expect, it } from 'vitest';
import { cycleStates, draftCycle, transition, type CycleState } from './cycle.js';
import { defaultRubric } from './default-rubric.js';
import { cycleIn, day, publishedRubric, t0 } from './review.test-helpers.js';

describe('cycle transitions', () => {
  it('walks draft → published → writing → calibrating → finalized → shared, recording each step', () => {
    const rubric = publishedRubric();
    let c = cycleIn('draft');
    for (const [i, to] of cycleStates.slice(1).entries()) {
      const r = transition(c, to, t0 + (i + 1) * day, { rubric, by: 'acct-hannah' });
      if (!r.ok) throw new Error(r.reason);
      c = r.value;
    }
    expect(c.state).toBe('shared');
    expect(c.history.map((h) => h.state)).toEqual([...cycleStates]);
    expect(c.history[5]).toEqual({ state: 'shared', at: t0 + 5 * day, by: 'acct-hannah' });
  });

  it('never skips a state, goes back, or moves past shared', () => {
    const rubric = publishedRubric();
    expect(transition(cycleIn('draft'), 'writing', t0, { rubric })).toEqual({ ok: false, reason: 'A cycle moves one step forward at a time: from draft the next state is published, not writing.' });
    expect(transition(cycleIn('calibrating'), 'writing', t0, { rubric })).toMatchObject({ ok: false });
    expect(transition(cycleIn('shared'), 'shared', t0, { rubric })).toEqual({ ok: false, reason: 'The cycle is already shared: that is its last state.' });
  });

  it('publishes an annual or promotion cycle only on a published rubric version', () => {
    const draft = defaultRubric();
    expect(transition(cycleIn('draft', 'annual', draft), 'published', t0, { rubric: draft })).toEqual({
      ok: false,
      reason: 'Rubric engineering version 1 is not published: publish the rubric before the cycle opens.',
    });
    expect(transition(cycleIn('draft', 'promotion'), 'published', t0, { rubric: null })).toEqual({ ok: false, reason: 'Rubric engineering version 1 does not exist.' });
    const none = { ...cycleIn('draft'), rubric: null };
    expect(transition(none, 'published', t0, { rubric: null })).toMatchObject({ ok: false, reason: expect.stringContaining('choose a published rubric version') });
    // Published later than the moment of the transition does not count either.
    expect(transition(cycleIn('draft'), 'published', t0 - 1, { rubric: publishedRubric(t0) })).toMatchObject({ ok: false });
  });

  it('publishes a check-in without any rubric: it has no ratings', () => {
    const c = cycleIn('draft', 'check-in');
    expect(c.rubric).toBeNull();
    expect(transition(c, 'published', t0, { rubric: null })).toMatchObject({ ok: true, value: { state: 'published' } });
  });

  it('refuses a draft with an empty name, a backwards period, or a rubric on a check-in', () => {
    const base = { id: 'c', kind: 'annual' as const, name: 'x', periodFrom: t0, periodTo: t0 + day, rubric: null, ladder: null };
    expect(draftCycle({ ...base, name: ' ' }, t0, null)).toEqual({ ok: false, reason: 'name: must not be empty' });
    expect(draftCycle({ ...base, periodTo: t0 }, t0, null)).toEqual({ ok: false, reason: 'period: must end after it starts' });
    expect(draftCycle({ ...base, kind: 'check-in', rubric: { id: 'engineering', version: 1 } }, t0, null)).toMatchObject({ ok: false });
  });

  it('refuses a step dated before the previous one', () => {
    const c = cycleIn('draft');
    const states: CycleState[] = c.history.map((h) => h.state);
    expect(states).toEqual(['draft']);
    expect(transition(c, 'published', t0 - day, { rubric: publishedRubric(t0 - 2 * day) })).toEqual({ ok: false, reason: 'A state change cannot be earlier than the one before it.' });
  });
});
