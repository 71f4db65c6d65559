import { describe, expect, it } from 'vitest';
import { goalsByQuarter, ladderPhrase, outcomeSentence, quarterOf } from './model';
import { sampleOutcome } from './outcome.test-helpers';

const outcome = sampleOutcome('2026-05-05T10:00:00.000Z');

describe('outcomeSentence', () => {
  it('says the headline figure before → after with n on each side and the interval', () => {
    expect(outcomeSentence(outcome)).toBe('change failure rate of deploy-pipeline 18% → 6.5%, n = 212 → 190 deployments, 95% interval −17 points to −8 points');
  });

  it('gives the reason when there are no figures', () => {
    expect(outcomeSentence({ ...outcome, status: 'no-figures', message: 'no reliability figures yet for this SLO', metrics: null, headline: null, scope: null })).toBe('no reliability figures yet for this SLO');
  });
});

describe('goals', () => {
  it('groups by quarter in the order given and names the quarter of a date', () => {
    const g = (id: string, quarter: string) => ({ id, quarter, text: id, status: 'on-track' as const, createdAt: '', updatedAt: '' });
    expect(goalsByQuarter([g('a', '2026-Q4'), g('b', '2026-Q4'), g('c', '2026-Q3')]).map(([q, gs]) => [q, gs.map((x) => x.id)])).toEqual([
      ['2026-Q4', ['a', 'b']],
      ['2026-Q3', ['c']],
    ]);
    expect(quarterOf(new Date('2026-11-02T00:00:00Z'))).toBe('2026-Q4');
  });
});

describe('ladderPhrase', () => {
  it('names a ladder as a ladder whether or not its name says so', () => {
    expect(ladderPhrase('Engineering')).toBe('the Engineering ladder');
    expect(ladderPhrase('Engineering ladder')).toBe('the Engineering ladder');
    expect(ladderPhrase('Platform Ladder')).toBe('the Platform Ladder');
  });
});
