import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { compareAround } from './compare.js';
import { at } from './delivery.test-helpers.js';
import { DAY, HOUR, type ChangeEvent, type DeliveryInput, type DeploymentEvent, type IncidentEvent } from './types.js';

const T = at('2024-06-01T00:00');

interface Regime {
  leadHours: number;
  failure: number;
}
const BAD: Regime = { leadHours: 48, failure: 0.3 };
const GOOD: Regime = { leadHours: 8, failure: 0.05 };

/** One deploy a day for 180 days, two changes each; lead times log-normal, failures by chance, per regime. */
function synthetic(seed: number, before: Regime, after: Regime): DeliveryInput {
  const rng = new Rng(seed);
  const changes: ChangeEvent[] = [];
  const deployments: DeploymentEvent[] = [];
  const incidents: IncidentEvent[] = [];
  for (let day = -90; day < 90; day++) {
    const regime = day >= 0 ? after : before;
    const finishedAt = T + day * DAY + 14 * HOUR;
    const id = `D${day}`;
    const ids = [0, 1].map((k) => `c${day}-${k}`);
    for (const c of ids) changes.push({ id: c, service: 'svc', committedAt: finishedAt - rng.lognormal(regime.leadHours, 0.4) * HOUR });
    deployments.push({ id, service: 'svc', environment: 'production', status: 'success', finishedAt, changes: ids });
    if (rng.chance(regime.failure)) incidents.push({ id: `I${day}`, service: 'svc', startedAt: finishedAt + HOUR, resolvedAt: finishedAt + 3 * HOUR, causedBy: id });
  }
  return { changes, deployments, incidents };
}

describe('compare before/after', () => {
  const input = synthetic(7, BAD, GOOD);

  it('detects a clear improvement in CFR and lead time, and no change in frequency', () => {
    const c = compareAround(input, { t: T });
    expect(c.metrics.changeFailureRate.verdict).toBe('improved');
    expect(c.metrics.changeFailureRate.ci![1]).toBeLessThan(0);
    expect(c.metrics.changeFailureRate).toMatchObject({ nBefore: 90, nAfter: 90, unit: 'deployments', betterWhen: 'lower', method: 'newcombe-wilson' });
    expect(c.metrics.leadTime.verdict).toBe('improved');
    expect(c.metrics.leadTime.difference!).toBeLessThan(-30);
    expect(c.metrics.deploymentFrequency).toMatchObject({ before: 7, after: 7, difference: 0, verdict: 'no clear change', nBefore: 90, nAfter: 90, unit: 'days' });
    expect(c.metrics.leadTime).toMatchObject({ nBefore: 180, groupsBefore: 90, unit: 'changes', method: 'deployment-bootstrap' });
  });

  it('the opposite change is a worsening', () => {
    const c = compareAround(synthetic(7, GOOD, BAD), { t: T });
    expect(c.metrics.leadTime.verdict).toBe('worsened');
    expect(c.metrics.changeFailureRate.verdict).toBe('worsened');
  });

  it('same seed, same interval; the seed is reported', () => {
    const a = compareAround(input, { t: T, seed: 42, resamples: 300 });
    const b = compareAround(input, { t: T, seed: 42, resamples: 300 });
    expect(a.metrics).toEqual(b.metrics);
    expect(a.seed).toBe(42);
    const other = compareAround(input, { t: T, seed: 43, resamples: 300 });
    expect(other.metrics.leadTime.ci).not.toEqual(a.metrics.leadTime.ci);
  });

  it('no data on a side is "no clear change" with a null difference', () => {
    const c = compareAround({ changes: [], deployments: [], incidents: [] }, { t: T });
    expect(c.metrics.leadTime).toMatchObject({ difference: null, ci: null, verdict: 'no clear change', nBefore: 0, nAfter: 0 });
    expect(c.metrics.leadTime.noVerdictReason).toMatch(/needs at least 10 on each side/);
  });
});
