/** spec/delivery.md, "Worked scenarios" A, B and C, reproduced exactly. */
import { describe, expect, it } from 'vitest';
import { attributeEnvironment } from './attribution.js';
import { at, change, deploy, graph, incident } from './delivery.test-helpers.js';
import { indexInput } from './indexed.js';
import { deliveryMetrics } from './metrics.js';
import type { DeliveryInput } from './types.js';

describe('scenario A — attribution', () => {
  const input: DeliveryInput = {
    changes: [
      change('c1', '2024-03-04T09:00'),
      change('c2', '2024-03-04T11:00'),
      change('m1', '2024-03-04T14:00', { isMerge: true }),
      change('c3', '2024-03-05T10:00'),
      change('m2', '2024-03-05T12:00', { isMerge: true }),
      change('c4', '2024-03-05T13:00'),
      change('m3', '2024-03-05T16:00', { isMerge: true }),
    ],
    deployments: [
      deploy('D1', '2024-03-04T15:00', { commit: 'm1' }),
      deploy('S1', '2024-03-05T17:00', { commit: 'm3', environment: 'staging' }),
      deploy('D2', '2024-03-06T10:00', { commit: 'm3' }),
      deploy('D3', '2024-03-06T12:00', { commit: 'm3' }),
    ],
    incidents: [],
    // c1 on main; c2 on a branch from c1; each merge's parents are (main, branch).
    ancestry: graph({ c2: ['c1'], m1: ['c1', 'c2'], c3: ['m1'], m2: ['m1', 'c3'], c4: ['m2'], m3: ['m2', 'c4'] }),
  };
  const window = { from: at('2024-03-04T00:00'), to: at('2024-03-11T00:00') };
  const m = deliveryMetrics(input, window);

  it('counts only production deployments', () => {
    expect(m.deploymentFrequency.deployments).toBe(3);
    expect(m.deploymentFrequency.events.deployments).toEqual(['D1', 'D2', 'D3']);
  });

  it('D1 is the baseline, D2 ships c3, m2, c4, m3, D3 redeploys and ships nothing', () => {
    const attr = attributeEnvironment(indexInput(input), 'svc', 'production');
    const [d1, d2, d3] = attr.deployments;
    expect(d1).toMatchObject({ baseline: true, kind: 'deploy', changes: ['c1', 'c2', 'm1'] });
    expect(d2).toMatchObject({ baseline: false, kind: 'deploy', changes: ['c3', 'c4', 'm2', 'm3'] });
    expect(d3).toMatchObject({ kind: 'redeploy', changes: [] });
    expect(m.baselineChanges).toBe(3);
    expect(m.events.baselineChanges).toEqual(['c1', 'c2', 'm1']);
  });

  it('median lead time 22.5 h over c3 (24 h) and c4 (21 h), merges excluded', () => {
    expect(m.leadTime).toMatchObject({ medianHours: 22.5, n: 2, skewed: 0, includeMerges: false });
    expect(m.leadTime.events.leadTimes).toEqual([
      { change: 'c3', deployment: 'D2', hours: 24 },
      { change: 'c4', deployment: 'D2', hours: 21 },
    ]);
  });

  it('21.5 h with merges (18, 21, 22, 24)', () => {
    const withMerges = deliveryMetrics(input, { ...window, includeMerges: true });
    expect(withMerges.leadTime.medianHours).toBe(21.5);
    expect(withMerges.leadTime.events.leadTimes.map((e) => e.hours).sort((a, b) => a - b)).toEqual([18, 21, 22, 24]);
  });

  it('the staging deployment is its own environment', () => {
    const staging = deliveryMetrics(input, { ...window, environment: 'staging' });
    expect(staging.deploymentFrequency.events.deployments).toEqual(['S1']);
    expect(staging.leadTime.n).toBe(0);
    expect(staging.leadTime.medianHours).toBeNull();
  });
});

describe('scenario B — failures', () => {
  const input: DeliveryInput = {
    changes: [],
    deployments: [
      deploy('E1', '2024-03-11T09:00'),
      deploy('E2', '2024-03-11T14:00'),
      deploy('E3', '2024-03-12T10:00'),
      deploy('E4', '2024-03-12T11:00', { rollbackOf: 'E3' }),
      deploy('E5', '2024-03-13T09:00'),
      deploy('E6', '2024-03-14T09:00'),
    ],
    incidents: [
      incident('I1', '2024-03-11T15:00', '2024-03-11T17:00', { causedBy: 'E2' }),
      incident('I2', '2024-03-11T16:00', '2024-03-12T12:00', { causedBy: 'E2' }),
      incident('I3', '2024-03-12T10:30', '2024-03-13T09:30', { causedBy: 'E3' }),
      incident('I4', '2024-03-14T12:00'),
    ],
  };
  const m = deliveryMetrics(input, { from: at('2024-03-11T00:00'), to: at('2024-03-18T00:00') });

  it('CFR 2/6: E2 (incidents) and E3 (incidents, rolled back)', () => {
    expect(m.changeFailureRate).toMatchObject({ failed: 2, deployments: 6 });
    expect(m.changeFailureRate.rate).toBeCloseTo(1 / 3, 12);
    expect(m.changeFailureRate.events.failed).toEqual([
      { deployment: 'E2', causes: [{ type: 'incident', incident: 'I1' }, { type: 'incident', incident: 'I2' }] },
      { deployment: 'E3', causes: [{ type: 'incident', incident: 'I3' }, { type: 'rollback', by: 'E4' }] },
    ]);
  });

  it('rework 1/6: the rollback E4', () => {
    expect(m.reworkRate).toMatchObject({ rework: 1, deployments: 6 });
    expect(m.reworkRate.rate).toBeCloseTo(1 / 6, 12);
    expect(m.reworkRate.events.rework).toEqual([{ deployment: 'E4', reasons: [{ type: 'rollback', of: 'E3' }] }]);
  });

  it('recovery: E2 22 h (last incident resolved), E3 1 h (rollback) → median 11.5 h', () => {
    expect(m.recoveryTime).toMatchObject({ medianHours: 11.5, n: 2, open: 0 });
    expect(m.recoveryTime.events.recoveries).toEqual([
      { deployment: 'E2', hours: 22, by: { type: 'incidents-resolved', incident: 'I2' } },
      { deployment: 'E3', hours: 1, by: { type: 'rollback', deployment: 'E4' } },
    ]);
  });

  it('one unattributed incident, never pinned on E6 by time', () => {
    expect(m.unattributedIncidents).toBe(1);
    expect(m.events.unattributedIncidents).toEqual(['I4']);
    expect(m.changeFailureRate.events.failed.map((f) => f.deployment)).not.toContain('E6');
  });

  it('time to restore service: 2, 20, 23 h → 20 h', () => {
    expect(m.timeToRestore).toMatchObject({ medianHours: 20, n: 3 });
    expect(m.timeToRestore.events.incidents.map((i) => i.hours)).toEqual([2, 20, 23]);
  });
});

describe('scenario C — frequency', () => {
  const days = [3, 4, 6, 9, 10, 12, 14, 18, 20, 20, 23, 24, 26, 28];
  const input: DeliveryInput = {
    changes: [],
    deployments: days.map((d, i) => deploy(`F${i}`, `2024-06-${String(d).padStart(2, '0')}T${10 + (i % 3)}:00`)),
    incidents: [],
  };
  const m = deliveryMetrics(input, { from: at('2024-06-03T00:00'), to: at('2024-07-01T00:00') });

  it('14 deployments, 3.5 per week, deploy-days 4, 3, 3, 3 → median 3 → daily-to-weekly', () => {
    expect(m.deploymentFrequency).toMatchObject({ deployments: 14, perWeek: 3.5, perDay: 0.5, deployDaysPerWeek: 3, category: 'daily-to-weekly' });
    expect(m.deploymentFrequency.events.weeks).toEqual([
      { week: '2024-06-03', deployDays: 4 },
      { week: '2024-06-10', deployDays: 3 },
      { week: '2024-06-17', deployDays: 3 },
      { week: '2024-06-24', deployDays: 3 },
    ]);
  });
});
