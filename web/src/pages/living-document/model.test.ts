import { describe, expect, it } from 'vitest';
import { goalsByQuarter, outcomeSentence, quarterOf, type EvidenceOutcome } from './model';

const compared = (before: number | null, after: number | null, nBefore: number, nAfter: number, ci: [number, number] | null, verdict: 'improved' | 'no clear change' = 'improved') => ({
  before,
  after,
  difference: before === null || after === null ? null : after - before,
  nBefore,
  nAfter,
  ci,
  betterWhen: 'lower' as const,
  verdict,
});

const outcome: EvidenceOutcome = {
  link: { target: 'service', id: 'deploy-pipeline', at: '2026-05-05T10:00:00.000Z', windowDays: 90, metric: null },
  status: 'figures',
  message: null,
  scope: { kind: 'service', id: 'deploy-pipeline', name: 'deploy-pipeline' },
  headline: 'changeFailureRate',
  metrics: {
    deploymentFrequency: compared(14, 15, 212, 190, null, 'no clear change'),
    leadTime: compared(20, 18, 400, 380, null, 'no clear change'),
    changeFailureRate: compared(0.18, 0.065, 212, 190, [-0.17, -0.08]),
    recoveryTime: compared(null, null, 0, 0, null, 'no clear change'),
    reworkRate: compared(0.1, 0.1, 212, 190, null, 'no clear change'),
  },
};

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
