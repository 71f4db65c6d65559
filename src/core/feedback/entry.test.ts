import { describe, expect, it } from 'vitest';
import { anonymousReadable, checkFeedback, type FeedbackDraft } from './entry.js';
import { attributionPolicy, feedbackKinds } from './kinds.js';
import { checkRequest, type RequestFacts } from './request-bound.js';

const draft = (over: Partial<FeedbackDraft> = {}): FeedbackDraft => ({
  kind: 'peer',
  visibility: 'shared',
  anonymous: false,
  signal: null,
  continueText: 'Writing the rollback runbook before each release.',
  continueExample: 'The 3 March release of checkout rolled back in 4 minutes using it.',
  changeText: 'Ask for review earlier on large changes.',
  changeExample: 'PR 812 sat for 9 days and landed with 40 files.',
  text: '',
  ...over,
});

describe('checkFeedback', () => {
  it('requires both prompts with an example for requested kinds, naming the field', () => {
    expect(checkFeedback(draft({ changeExample: ' ' }), 1)).toEqual({ ok: false, reason: expect.stringMatching(/^changeExample: /) });
    expect(checkFeedback(draft({ continueText: '' }), 1)).toEqual({ ok: false, reason: expect.stringMatching(/^continueText: /) });
    const o = checkFeedback(draft(), 1);
    expect(o.ok && o.value.summary).toBe(
      'Continue: Writing the rollback runbook before each release. For example: The 3 March release of checkout rolled back in 4 minutes using it.\n\nChange: Ask for review earlier on large changes. For example: PR 812 sat for 9 days and landed with 40 files.',
    );
  });

  it('refuses anonymous feedback for kinds that are always attributed', () => {
    expect(checkFeedback(draft({ anonymous: true }), 5)).toEqual({ ok: false, reason: 'anonymous: peer feedback is always attributed' });
  });

  it('refuses anonymous upward feedback in a request group below 3 and accepts it from 3', () => {
    expect(checkFeedback(draft({ kind: 'upward', anonymous: true }), 2)).toEqual({ ok: false, reason: expect.stringMatching(/went to 2 people; .* at least 3/) });
    expect(checkFeedback(draft({ kind: 'upward', anonymous: true }), 3).ok).toBe(true);
    expect(anonymousReadable(2)).toBe(false);
    expect(anonymousReadable(3)).toBe(true);
  });

  it('keeps visibility to what the kind allows and accepts free text for praise', () => {
    expect(checkFeedback(draft({ kind: 'praise', visibility: 'private-to-manager', text: 'Thanks' }), null).ok).toBe(false);
    const praise = checkFeedback(draft({ kind: 'praise', continueText: '', continueExample: '', changeText: '', changeExample: '', text: 'The INC-42 write-up on 4 May saved the on-call a night.' }), null);
    expect(praise.ok && praise.value.summary).toBe('The INC-42 write-up on 4 May saved the on-call a night.');
    expect(checkFeedback(draft({ kind: 'praise', continueText: '', continueExample: '', changeText: '', changeExample: '' }), null)).toEqual({ ok: false, reason: expect.stringMatching(/^text: /) });
  });

  it('has a notice shown to the writer for every kind', () => {
    for (const k of feedbackKinds) expect(attributionPolicy(k).notice.length).toBeGreaterThan(40);
  });
});

describe('checkRequest', () => {
  const facts = (over: Partial<RequestFacts> = {}): RequestFacts => ({
    kind: 'peer',
    subject: { id: 'alan', name: 'Alan' },
    writers: ['barbara'],
    alreadyAsked: new Set(),
    used: 0,
    limit: 5,
    reports: new Set(),
    known: new Set(['alan', 'barbara', 'ada', 'grace', 'katherine', 'edsger', 'mei']),
    ...over,
  });

  it('asks within the bound and refuses past it with the numbers', () => {
    expect(checkRequest(facts({ writers: ['barbara', ' barbara', 'ada'] }))).toEqual({ ok: true, value: ['barbara', 'ada'] });
    expect(checkRequest(facts({ used: 4, writers: ['barbara', 'ada'] }))).toEqual({ ok: false, reason: expect.stringMatching(/^Alan already has 4 of 5 peer feedback requests in this cycle; only 1 more can be sent \(asked for 2\)/) });
    expect(checkRequest(facts({ used: 5 }))).toEqual({ ok: false, reason: expect.stringMatching(/5 of 5 .* no more can be sent/) });
  });

  it('refuses the subject, unknown people, repeats and upward requests of non-reports', () => {
    expect(checkRequest(facts({ writers: ['alan'] }))).toEqual({ ok: false, reason: expect.stringMatching(/^writers\[0\]: Alan cannot be asked/) });
    expect(checkRequest(facts({ writers: ['nobody'] }))).toEqual({ ok: false, reason: 'writers[0]: no active person with id "nobody"' });
    expect(checkRequest(facts({ alreadyAsked: new Set(['barbara']) })).ok).toBe(false);
    expect(checkRequest(facts({ kind: 'upward' })).ok).toBe(false);
    expect(checkRequest(facts({ kind: 'upward', reports: new Set(['barbara']), used: 9 })).ok).toBe(true);
    expect(checkRequest(facts({ writers: [] })).ok).toBe(false);
  });
});
