import { describe, expect, it } from 'vitest';
import type { MetricComparison } from '../delivery/index.js';
import { describeComparison, describeComparisons } from './outcome-lines.js';

const cmp = (over: Partial<MetricComparison>): MetricComparison => ({
  before: 0.18,
  after: 0.065,
  difference: -0.115,
  nBefore: 212,
  nAfter: 190,
  unit: 'deployments',
  groupsBefore: null,
  groupsAfter: null,
  ci: [-0.152, -0.079],
  method: 'newcombe-wilson',
  betterWhen: 'lower',
  verdict: 'improved',
  noVerdictReason: null,
  afterTo: 0,
  ...over,
});

describe('describeComparison', () => {
  it('writes both values, n in its unit, the interval and the verdict', () => {
    expect(describeComparison('changeFailureRate', 'deploy-pipeline', cmp({}))).toBe(
      'change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments; −11.5 pp, 95% CI −15.2 pp to −7.9 pp): improved',
    );
    expect(
      describeComparison('leadTime', 'Data', cmp({ before: 50, after: 60.25, difference: 10.25, nBefore: 30, nAfter: 31, unit: 'changes', groupsBefore: 12, groupsAfter: 14, ci: [-2, 21], verdict: 'no clear change' })),
    ).toBe('median change lead time of Data: 50.0 h → 60.3 h (n = 30 → 31 changes in 12 → 14 deployments; +10.3 h, 95% CI −2.0 h to +21.0 h): no clear change');
  });

  it('frequency is measured over days, not deployments', () => {
    expect(describeComparison('deploymentFrequency', 'x', cmp({ before: 13.6, after: 12, difference: -1.6, nBefore: 90, nAfter: 90, unit: 'days', ci: [-3, 0.2], verdict: 'no clear change' }))).toMatch(
      /^deployments per week of x: 13\.6 → 12\.0 \(over 90 → 90 days; /,
    );
  });

  it('says when a side has no data, and why there is no verdict', () => {
    expect(
      describeComparison('recoveryTime', 'ledger', cmp({ before: null, difference: null, ci: null, nBefore: 0, nAfter: 2, unit: 'recoveries', verdict: 'no clear change', noVerdictReason: 'Too little data for a verdict.' })),
    ).toBe('median failed-deployment recovery time of ledger: not enough data on both sides (n = 0 → 2 recoveries) — Too little data for a verdict.');
  });

  it('leads with the chosen figure whatever it says, then the others in a fixed order with their verdicts', () => {
    const quiet = cmp({ verdict: 'no clear change' });
    const lines = describeComparisons('x', { deploymentFrequency: cmp({ verdict: 'worsened' }), leadTime: quiet, changeFailureRate: quiet, recoveryTime: quiet, reworkRate: cmp({}) }, 'leadTime');
    expect(lines.map((l) => [l.metric, l.verdict, l.headline])).toEqual([
      ['leadTime', 'no clear change', true],
      ['changeFailureRate', 'no clear change', false],
      ['recoveryTime', 'no clear change', false],
      ['deploymentFrequency', 'worsened', false],
      ['reworkRate', 'improved', false],
    ]);
  });
});
