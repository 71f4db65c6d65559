import { describe, expect, it } from 'vitest';
import { burnAttribution } from './attribution.js';
import { AT, MINUTE, minutes, slo } from './test-helpers.js';

describe('burn attribution', () => {
  it('gives each incident and deployment the share of the burn in the minutes it overlaps', () => {
    const def = slo({ targetNumber: 0.99 });
    // 100 events a minute; minutes 10–19 burn 20 bad each, minutes 40–49 burn 5 each, 1 bad (no burn: 1 % = B) elsewhere.
    const s = minutes(AT, AT + 60 * MINUTE, 100, (t) => {
      const m = (t - AT) / MINUTE;
      return m >= 10 && m < 20 ? 20 : m >= 40 && m < 50 ? 5 : 1;
    });
    const a = burnAttribution(def, s, [
      { kind: 'incident', id: 'inc-1', title: 'Database failover', from: AT + 9 * MINUTE, to: AT + 20 * MINUTE },
      { kind: 'deployment', id: 'dep-7', from: AT + 45 * MINUTE, to: AT + 105 * MINUTE },
      { kind: 'deployment', id: 'dep-quiet', from: AT + 25 * MINUTE, to: AT + 30 * MINUTE },
    ]);
    expect(a.burningMinutes).toBe(20);
    expect(a.totalBurn).toBe(250);
    expect(a.events.map((e) => [e.id, e.burn, e.share])).toEqual([
      ['inc-1', 200, 0.8],
      ['dep-7', 25, 0.1],
    ]);
    expect(a.unattributedShare).toBeCloseTo(0.1, 12);
  });
});
