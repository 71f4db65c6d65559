import { describe, expect, it } from 'vitest';
import { describeAttribution, describeSloOutcome, type SloOutcomeLike } from './slo-outcome-lines.js';

const figure = { nBefore: 30, nAfter: 30, countedBefore: 720_000, countedAfter: 720_000, verdict: 'improved' as const, noVerdictReason: null };
const outcome: SloOutcomeLike = {
  slo: 'checkout-availability',
  countedUnit: 'events',
  burnRate: { ...figure, before: 2.0833, after: 0, difference: -2.0833, ci: [-2.9, -1.3] },
  sli: { ...figure, before: 0.9979167, after: 1, difference: 0.0020833, ci: [0.0013, 0.0029] },
  attribution: {
    before: { totalBurn: 1500, unattributedShare: 0.9, events: [{ kind: 'incident', id: 'inc-1', title: 'Nightly batch', share: 0.1 }], moreEvents: 0 },
    after: { totalBurn: 0, unattributedShare: 0, events: [], moreEvents: 0 },
  },
};

describe('describeSloOutcome', () => {
  it('writes the burn first (the judged figure), then the SLI, each with n in days, events and the interval', () => {
    const [burn, sli] = describeSloOutcome(outcome);
    expect(burn).toEqual({ text: 'budget burn rate of SLO checkout-availability: 2.08× → 0.00× (n = 30 → 30 days with data, 720,000 → 720,000 events; −2.08×, 95% CI −2.90× to −1.30×)', verdict: 'improved', reason: null, headline: true });
    expect(sli!.text).toBe('SLI of SLO checkout-availability: 99.792% → 100.000% (n = 30 → 30 days with data, 720,000 → 720,000 events; +0.208 pp, 95% CI +0.130 pp to +0.290 pp)');
    expect(sli!.headline).toBe(false);
  });

  it('says plainly when a side has no data', () => {
    const [burn] = describeSloOutcome({ ...outcome, burnRate: { ...outcome.burnRate, before: null, difference: null, ci: null, nBefore: 0, countedBefore: 0, verdict: 'no clear change', noVerdictReason: 'Too little data' } });
    expect(burn!.text).toBe('budget burn rate of SLO checkout-availability: not enough data on both sides (n = 0 → 30 days with data, 0 → 720,000 events)');
    expect(burn!.reason).toBe('Too little data');
  });
});

describe('describeAttribution', () => {
  it('lists what overlapped the burn with its share, and what overlapped nothing', () => {
    expect(describeAttribution('before', outcome.attribution.before)).toBe('Burn before: incident inc-1 (Nightly batch) overlaps 10.0% of the burn; 90.0% overlaps no incident or deployment.');
    expect(describeAttribution('after', outcome.attribution.after)).toBe("Burn after: the budget did not burn (no minute above the budget's rate).");
  });
});
