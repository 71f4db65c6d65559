import { describe, expect, it } from 'vitest';
import type { MetricComparison } from '../delivery/index.js';
import { describeComparison, describeComparisons } from './outcome-lines.js';

const cmp = (over: Partial<MetricComparison>): MetricComparison => ({ before: 0.18, after: 0.065, difference: -0.115, nBefore: 212, nAfter: 190, ci: [-0.152, -0.079], betterWhen: 'lower', verdict: 'improved', ...over });

describe('describeComparison', () => {
  it('writes both values, n, the interval and the verdict', () => {
    expect(describeComparison('changeFailureRate', 'deploy-pipeline', cmp({}))).toBe(
      'change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments; −11.5 pp, 95% CI −15.2 pp to −7.9 pp): improved',
    );
    expect(describeComparison('leadTime', 'Data', cmp({ before: 50, after: 60.25, difference: 10.25, nBefore: 30, nAfter: 31, ci: [-2, 21], betterWhen: 'lower', verdict: 'no clear change' }))).toBe(
      'median change lead time of Data: 50.0 h → 60.3 h (n = 30 → 31 changes; +10.3 h, 95% CI −2.0 h to +21.0 h): no clear change',
    );
  });

  it('says when a side has no data instead of inventing a change', () => {
    expect(describeComparison('recoveryTime', 'ledger', cmp({ before: null, difference: null, ci: null, nBefore: 0, nAfter: 2, verdict: 'no clear change' }))).toBe(
      'median failed-deployment recovery time of ledger: not enough data on both sides (n = 0 → 2 recoveries)',
    );
  });

  it('lists clear changes first', () => {
    const quiet = cmp({ verdict: 'no clear change' });
    const lines = describeComparisons('x', { deploymentFrequency: quiet, leadTime: quiet, changeFailureRate: cmp({}), recoveryTime: quiet, reworkRate: quiet });
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^change failure rate of x/);
  });
});
