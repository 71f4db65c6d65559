import { describe, expect, it } from 'vitest';
import { at, change, deploy, incident } from './delivery.test-helpers.js';
import { deliveryMetrics } from './metrics.js';
import { rollupMetrics } from './rollup.js';
import type { DeliveryInput } from './types.js';

const week = { from: at('2024-03-04T00:00'), to: at('2024-03-11T00:00') };

/** Service "a": one deploy with lead time 1 h. Service "b": three deploys, lead times 10, 20, 30 h, one failed. */
const a: DeliveryInput = {
  changes: [change('a1', '2024-03-04T09:00', { service: 'a' })],
  deployments: [deploy('A1', '2024-03-04T10:00', { service: 'a', changes: ['a1'] })],
  incidents: [],
};
const b: DeliveryInput = {
  changes: [change('b1', '2024-03-04T00:00', { service: 'b' }), change('b2', '2024-03-04T00:00', { service: 'b' }), change('b3', '2024-03-04T00:00', { service: 'b' })],
  deployments: [
    deploy('B1', '2024-03-04T10:00', { service: 'b', changes: ['b1'] }),
    deploy('B2', '2024-03-04T20:00', { service: 'b', changes: ['b2'] }),
    deploy('B3', '2024-03-05T06:00', { service: 'b', changes: ['b3'] }),
  ],
  incidents: [incident('IB', '2024-03-05T07:00', '2024-03-05T08:00', { service: 'b', causedBy: 'B3' })],
};

describe('rollup', () => {
  const team = rollupMetrics([a, b], week);

  it('pools events: the true median of all lead times, not a median of medians', () => {
    expect(team.leadTime.events.leadTimes.map((e) => e.hours)).toEqual([1, 10, 20, 30]);
    expect(team.leadTime.medianHours).toBe(15);
    const medianOfMedians = (deliveryMetrics(a, week).leadTime.medianHours! + deliveryMetrics(b, week).leadTime.medianHours!) / 2;
    expect(medianOfMedians).toBe(10.5);
  });

  it('CFR is all failed ÷ all deployments', () => {
    expect(team.changeFailureRate).toMatchObject({ failed: 1, deployments: 4, rate: 0.25 });
    expect(team.services).toEqual(['a', 'b']);
  });

  it('a subset of services is the team’s view', () => {
    const onlyA = rollupMetrics([a, b], { ...week, services: ['a'] });
    expect(onlyA.deploymentFrequency.deployments).toBe(1);
    expect(onlyA.timeToRestore.n).toBe(0);
  });
});
