import { describe, expect, it } from 'vitest';
import { createLinter, lintFeedback } from './lint.js';
import { defaultLexicon, extendLexicon } from './lexicon.js';
import { wordBalance } from './word-balance.js';

/** The rules flagged in a text, each with the words it covers. */
const flagged = (text: string) => lintFeedback(text).map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);

describe('feedback lint rules', () => {
  it('personality: flags traits wherever they are, with the situation-behaviour-effect suggestion', () => {
    const text = 'In the 3 May review she came across as abrasive.';
    expect(flagged(text)).toEqual(['personality:came across as', 'personality:abrasive']);
    expect(lintFeedback(text)[0]!.suggestion).toMatch(/situation, the behaviour and its effect/);
  });

  it('personality: matches whole words only ("stone" is not "tone")', () => {
    expect(flagged('The milestone for payments-api shipped on 3 May.')).toEqual([]);
    expect(flagged('Her tone on payments-api reviews in May.')).toEqual(['personality:tone']);
  });

  it('vague praise: flagged alone, fine when the same or the next sentence is specific', () => {
    expect(flagged('Great job.')).toEqual(['vaguePraise:Great job']);
    expect(flagged('Great job. Your runbook cut the checkout outage from 40 to 12 minutes.')).toEqual([]);
    expect(flagged('Great job on the 4 April release.')).toEqual([]);
    // Two sentences later is too far: the praise stands alone.
    expect(flagged('Great job. Thanks. The runbook cut the outage from 40 to 12 minutes.')).toEqual(['vaguePraise:Great job']);
  });

  it('unactionable ask: flagged without a next step, fine with one', () => {
    expect(flagged('Be more strategic.')).toEqual(['unactionableAsk:Be more strategic']);
    expect(flagged('Be more strategic: for example, own the roadmap review.')).toEqual([]);
    expect(flagged('Take more ownership. Next quarter, run the on-call handover yourself.')).toEqual([]);
  });

  it('no outcome: raised once over the whole text when nothing checkable is named', () => {
    const text = '  She works well with others and is always willing to help out.  ';
    const f = lintFeedback(text).filter((x) => x.rule === 'noOutcome');
    expect(f).toHaveLength(1);
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(text.trim());
    expect(lintFeedback('Thanks for the help.').some((x) => x.rule === 'noOutcome')).toBe(false); // too short to expect one
    expect(lintFeedback('She works well with others on the checkout service and its incidents.').some((x) => x.rule === 'noOutcome')).toBe(false);
  });

  it("team credit: flagged unless the sentence says the person's own part", () => {
    expect(flagged('The team delivered the 2.0 release.')).toEqual(['teamCredit:The team delivered']);
    expect(flagged('The team delivered the 2.0 release; Mei wrote its migration.')).toEqual([]);
    expect(flagged('He helped with the 2.0 release.')).toEqual(['teamCredit:helped with']);
  });

  it('absolutes, hedges and non-work content are flagged wherever they are', () => {
    expect(flagged('She is a natural talent and never misses the 3 pm stand-up.')).toEqual(['absolutes:natural talent', 'absolutes:never']);
    expect(flagged('I feel like the 3 May rollout was sort of rushed.')).toEqual(['hedges:I feel like', 'hedges:sort of']);
    expect(flagged('Given his age and family, the 3 May rollout went well.')).toEqual(['nonWork:age', 'nonWork:family']);
  });

  it('gives spans that cover exactly the words, and sorted findings', () => {
    const text = 'Maybe. She is bossy.';
    const f = lintFeedback(text);
    expect(f.map((x) => [x.start, x.end])).toEqual([[0, 5], [14, 19]]);
  });

  it('is clean on an empty text', () => {
    expect(lintFeedback('')).toEqual([]);
    expect(lintFeedback('   \n ')).toEqual([]);
  });
});

describe('word lists', () => {
  it('an organisation can add words, never remove the defaults', () => {
    const lint = createLinter(extendLexicon(defaultLexicon, { personality: ['Prickly'], outcomeWords: ['manifest'] }));
    expect(lint('He is prickly.').map((f) => f.rule)).toEqual(['personality']);
    expect(lint('He is bossy.').map((f) => f.rule)).toEqual(['personality']);
    expect(lint('Great job on the manifest.').map((f) => f.rule)).toEqual([]);
  });

  it('standout vs grindstone balance is counted over a set of texts only', () => {
    const b = wordBalance(['A brilliant engineer.', 'Hardworking and diligent.', 'Helpful, always.'], defaultLexicon);
    expect(b).toEqual({ texts: 3, standout: 1, grindstone: 3, standoutShare: 0.25 });
    expect(wordBalance([], defaultLexicon).standoutShare).toBeNull();
  });
});
