/**
 * An SLO outcome reads the SLO's slices around the moment, compares them and attributes each
 * side's burn to the incidents and deployments that overlap it.
 */
import { describe, expect, it } from 'vitest';
import { operatorActor } from '../../core/access/actor.js';
import type { OpenSloObject } from '../../core/openslo/schemas.js';
import type { BurnEvent } from '../../core/reliability/attribution.js';
import type { MinuteSlice } from '../../core/reliability/totals.js';
import { sloOutcome } from './slo-outcome.js';

const DAY = 86_400_000, HOUR = 3_600_000, MINUTE = 60_000;
const T = Date.UTC(2026, 5, 1);

const object = {
  apiVersion: 'openslo/v1',
  kind: 'SLO',
  metadata: { name: 'checkout-availability' },
  spec: {
    service: 'checkout',
    indicator: { metadata: { name: 'ok' }, spec: { ratioMetric: { counter: true, good: { metricSource: { type: 'Prometheus', spec: { query: 'ok' } } }, total: { metricSource: { type: 'Prometheus', spec: { query: 'all' } } } } } },
    timeWindow: [{ duration: '30d', isRolling: true }],
    budgetingMethod: 'Occurrences',
    objectives: [{ target: 0.999 }],
  },
} as unknown as OpenSloObject;

// 60 days each side, one slice an hour; before: a bad hour every day at 03:00, after: none.
const slices: MinuteSlice[] = [];
for (let d = -60; d < 60; d++) for (let h = 0; h < 24; h++) slices.push({ at: T + d * DAY + h * HOUR, good: 1000 - (d < 0 && h === 3 ? 50 : 0), total: 1000 });

const events: BurnEvent[] = [
  { kind: 'incident', id: 'inc-1', title: 'Nightly batch overloads checkout', from: T - 10 * DAY + 3 * HOUR, to: T - 10 * DAY + 4 * HOUR },
  { kind: 'deployment', id: 'dep-1', from: T - 20 * DAY + 3 * HOUR - 30 * MINUTE, to: T - 20 * DAY + 3 * HOUR + 30 * MINUTE },
];

const deps = {
  slos: {
    objects: async () => [{ object, sourceVersion: 'openslo/v1', updatedAt: 0 }],
    sliceSpan: async () => ({ first: slices[0]!.at, last: slices[slices.length - 1]!.at }),
    slices: async (_: string, from: number, to: number) => slices.filter((s) => s.at >= from && s.at < to),
    burnEvents: async () => events,
  },
};

describe('sloOutcome', () => {
  it('compares burn and SLI around the moment and attributes each side', async () => {
    const o = (await sloOutcome(deps, operatorActor, { slo: 'checkout-availability', at: T, windowDays: 30 }))!;
    expect(o).toMatchObject({ slo: 'checkout-availability', service: 'checkout', target: 0.999 });
    expect(o.comparison.burnRate).toMatchObject({ nBefore: 30, nAfter: 30, badAfter: 0, badBefore: 1500, verdict: 'improved' });
    expect(o.comparison.burnRate.before).toBeCloseTo(1500 / 720_000 / 0.001, 10);
    expect(o.comparison.sli.verdict).toBe('improved');
    // Before: 30 burning minutes of 50 bad each; the incident and the deployment each overlap one of them.
    expect(o.attribution.before).toMatchObject({ burningMinutes: 30, totalBurn: 1500 });
    expect(o.attribution.before.events.map((e) => [e.id, e.burn, e.share])).toEqual([
      ['inc-1', 50, 1 / 30],
      ['dep-1', 50, 1 / 30],
    ]);
    expect(o.attribution.before.unattributedShare).toBeCloseTo(28 / 30, 12);
    expect(o.attribution.after).toMatchObject({ burningMinutes: 0, totalBurn: 0, events: [] });
  });

  it('answers null for an SLO that no longer exists', async () => {
    expect(await sloOutcome(deps, operatorActor, { slo: 'gone', at: T, windowDays: 30 })).toBeNull();
  });
});
