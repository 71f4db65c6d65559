import { describe, expect, it } from 'vitest';
import { attributeEnvironment } from './attribution.js';
import { at, change, deploy, graph, incident } from './delivery.test-helpers.js';
import { indexInput } from './indexed.js';
import { deliveryMetrics } from './metrics.js';
import type { DeliveryInput } from './types.js';

const attr = (input: DeliveryInput, env = 'production') => attributeEnvironment(indexInput(input), 'svc', env);
const kinds = (input: DeliveryInput) => attr(input).deployments.map((d) => [d.event.id, d.kind, d.rollsBack ?? null]);
const week = { from: at('2024-03-04T00:00'), to: at('2024-03-11T00:00') };

describe('attribution', () => {
  it('with explicit lists the first deployment is not a baseline: its changes keep lead times', () => {
    const input: DeliveryInput = {
      changes: [change('a', '2024-03-04T09:00'), change('b', '2024-03-04T10:00', { deployment: 'D1' })],
      deployments: [deploy('D1', '2024-03-04T12:00', { changes: ['a'] })],
      incidents: [],
    };
    const [d1] = attr(input).deployments;
    expect(d1).toMatchObject({ baseline: false, changes: ['a', 'b'] });
    expect(deliveryMetrics(input, week).leadTime.medianHours).toBe(2.5);
  });

  it('a change listed by two deployments is shipped by the earlier one only', () => {
    const input: DeliveryInput = {
      changes: [change('a', '2024-03-04T09:00')],
      deployments: [deploy('D2', '2024-03-05T12:00', { changes: ['a'] }), deploy('D1', '2024-03-04T12:00', { changes: ['a'] })],
      incidents: [],
    };
    expect(attr(input).shippedBy.get('a')?.event.id).toBe('D1');
    expect(deliveryMetrics(input, week).leadTime.events.leadTimes).toEqual([{ change: 'a', deployment: 'D1', hours: 3 }]);
  });

  it('failed attempts ship nothing and are counted apart', () => {
    const input: DeliveryInput = {
      changes: [change('a', '2024-03-04T09:00')],
      deployments: [deploy('X', '2024-03-04T10:00', { status: 'failure', changes: ['a'] }), deploy('D1', '2024-03-04T11:00', { changes: ['a'] })],
      incidents: [],
    };
    const m = deliveryMetrics(input, week);
    expect(m.failedAttempts).toBe(1);
    expect(m.events.failedAttempts).toEqual(['X']);
    expect(m.deploymentFrequency.deployments).toBe(1);
    expect(m.leadTime.events.leadTimes).toEqual([{ change: 'a', deployment: 'D1', hours: 2 }]);
  });

  it('returning to an earlier deployed commit is a rollback of the current deployment', () => {
    const input: DeliveryInput = {
      changes: [],
      deployments: [deploy('D1', '2024-03-04T10:00', { commit: 'A' }), deploy('D2', '2024-03-04T11:00', { commit: 'B' }), deploy('D3', '2024-03-04T12:00', { commit: 'A' })],
      incidents: [],
    };
    expect(kinds(input)).toEqual([['D1', 'deploy', null], ['D2', 'deploy', null], ['D3', 'rollback', 'D2']]);
    const m = deliveryMetrics(input, week);
    expect(m.changeFailureRate.events.failed).toEqual([{ deployment: 'D2', causes: [{ type: 'rollback', by: 'D3' }] }]);
    expect(m.recoveryTime.events.recoveries).toEqual([{ deployment: 'D2', hours: 1, by: { type: 'rollback', deployment: 'D3' } }]);
  });

  it('a strict ancestor of the current commit is a rollback when the graph is known', () => {
    const input: DeliveryInput = {
      changes: [change('A', '2024-03-04T08:00'), change('B', '2024-03-04T09:00'), change('C', '2024-03-04T09:30')],
      deployments: [deploy('D1', '2024-03-04T10:00', { commit: 'A' }), deploy('D2', '2024-03-04T11:00', { commit: 'C' }), deploy('D3', '2024-03-04T12:00', { commit: 'B' })],
      incidents: [],
      ancestry: graph({ B: ['A'], C: ['B'] }),
    };
    expect(kinds(input)).toEqual([['D1', 'deploy', null], ['D2', 'deploy', null], ['D3', 'rollback', 'D2']]);
    expect(attr(input).deployments[1]!.changes).toEqual(['B', 'C']);
  });

  it('redeploying the fix after a rollback is a roll-forward when the graph says so', () => {
    const input: DeliveryInput = {
      changes: [change('A', '2024-03-04T08:00'), change('B', '2024-03-04T09:00')],
      deployments: [
        deploy('D1', '2024-03-04T10:00', { commit: 'A' }),
        deploy('D2', '2024-03-04T11:00', { commit: 'B' }),
        deploy('D3', '2024-03-04T12:00', { rollbackOf: 'D2', commit: 'A' }),
        deploy('D4', '2024-03-04T13:00', { commit: 'B' }),
      ],
      incidents: [],
      ancestry: graph({ B: ['A'] }),
    };
    expect(kinds(input)).toEqual([['D1', 'deploy', null], ['D2', 'deploy', null], ['D3', 'rollback', 'D2'], ['D4', 'deploy', null]]);
    expect(attr(input).deployments[3]!.changes).toEqual([]);
  });

  it('a revert shipped within 14 days fails the original deployment and is rework; later, only rework', () => {
    const input = (revertDay: string): DeliveryInput => ({
      changes: [change('a', '2024-03-04T09:00'), change('r', `${revertDay}T09:00`, { revertOf: 'a' })],
      deployments: [deploy('D1', '2024-03-04T10:00', { changes: ['a'] }), deploy('D2', `${revertDay}T10:00`, { changes: ['r'] })],
      incidents: [],
    });
    const month = { from: at('2024-03-01T00:00'), to: at('2024-04-01T00:00') };
    const soon = deliveryMetrics(input('2024-03-18'), month);
    expect(soon.changeFailureRate.events.failed).toEqual([{ deployment: 'D1', causes: [{ type: 'revert', change: 'a', revert: 'r', by: 'D2' }] }]);
    expect(soon.reworkRate.events.rework).toEqual([{ deployment: 'D2', reasons: [{ type: 'revert', revert: 'r', of: 'a' }] }]);
    expect(soon.recoveryTime.events.recoveries[0]?.hours).toBe(14 * 24);
    const late = deliveryMetrics(input('2024-03-19'), month);
    expect(late.changeFailureRate.failed).toBe(0);
    expect(late.reworkRate.rework).toBe(1);
    const configured = deliveryMetrics(input('2024-03-19'), { ...month, revertWindowMs: 30 * 86_400_000 });
    expect(configured.changeFailureRate.failed).toBe(1);
  });

  it('a remediating deployment is rework and recovers the deployment that caused the incident', () => {
    const input: DeliveryInput = {
      changes: [],
      deployments: [deploy('D1', '2024-03-04T10:00'), deploy('D2', '2024-03-04T13:00', { remediates: 'I1' })],
      incidents: [incident('I1', '2024-03-04T11:00', '2024-03-04T15:00', { causedBy: 'D1' })],
    };
    const m = deliveryMetrics(input, week);
    expect(m.recoveryTime.events.recoveries).toEqual([{ deployment: 'D1', hours: 3, by: { type: 'remediation', deployment: 'D2' } }]);
    expect(m.reworkRate.events.rework).toEqual([{ deployment: 'D2', reasons: [{ type: 'remediation', incident: 'I1' }] }]);
  });

  it('a failure with an open incident and nothing else is open', () => {
    const input: DeliveryInput = {
      changes: [],
      deployments: [deploy('D1', '2024-03-04T10:00')],
      incidents: [incident('I1', '2024-03-04T11:00', undefined, { causedBy: 'D1' })],
    };
    const m = deliveryMetrics(input, week);
    expect(m.recoveryTime).toMatchObject({ medianHours: null, n: 0, open: 1, events: { open: ['D1'] } });
    expect(m.unattributedIncidents).toBe(0);
  });

  it('skewed commit times are left out of lead time and counted', () => {
    const input: DeliveryInput = {
      changes: [change('a', '2024-03-04T12:00'), change('b', '2024-03-04T08:00')],
      deployments: [deploy('D1', '2024-03-04T10:00', { changes: ['a', 'b'] })],
      incidents: [],
    };
    const m = deliveryMetrics(input, week);
    expect(m.leadTime).toMatchObject({ medianHours: 2, n: 1, skewed: 1, events: { skewed: [{ change: 'a', deployment: 'D1', hours: -2 }] } });
  });

  it('undeployed changes as of `to`, with the age of the oldest', () => {
    const input: DeliveryInput = {
      changes: [change('a', '2024-03-04T09:00'), change('b', '2024-03-09T00:00'), change('c', '2024-03-10T00:00')],
      deployments: [deploy('D1', '2024-03-04T10:00', { changes: ['a'] }), deploy('D2', '2024-03-12T10:00', { changes: ['b'] })],
      incidents: [],
    };
    const m = deliveryMetrics(input, week);
    expect(m.undeployedChanges).toEqual({ count: 2, oldestAgeHours: 48 });
    expect(m.events.undeployedChanges).toEqual(['b', 'c']);
  });

  it('no data is a value, not an exception', () => {
    const m = deliveryMetrics({ changes: [], deployments: [], incidents: [] }, week);
    expect(m.changeFailureRate.rate).toBeNull();
    expect(m.reworkRate.rate).toBeNull();
    expect(m.leadTime.medianHours).toBeNull();
    expect(m.recoveryTime.medianHours).toBeNull();
    expect(m.undeployedChanges).toEqual({ count: 0, oldestAgeHours: null });
    expect(m.deploymentFrequency).toMatchObject({ deployments: 0, perWeek: 0, deployDaysPerWeek: 0, category: null });
  });
});
