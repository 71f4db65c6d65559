import { afterEach, beforeEach, expect, it, vi, type MockInstance } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { events, jsonl, org, sourceOf } from '../../../test/records.js';
import { operatorActor } from '../../core/access/actor.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { OrgRepository } from '../../store/org-repository.js';
import { importRecords } from '../import-records.js';
import { deliveryFigures, type DeliveryDeps } from './delivery-figures.js';
import { cacheKey, ReportCache } from './report-cache.js';

describeEachDialect('delivery report cache', (dialect) => {
  let store: TestStore;
  let deps: DeliveryDeps;
  let loads: MockInstance<DeliveryRepository['windowSummary']>;
  const team = { scope: { kind: 'team', id: 'platform' } } as const;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('seed.jsonl', jsonl([...org, ...events])));
    const delivery = new DeliveryRepository(store.db);
    // A report page's figures read the window's summary once per computation.
    loads = vi.spyOn(delivery, 'windowSummary');
    // Two clock readings in the same minute: the rounded window end makes them one entry.
    let tick = Date.UTC(2024, 3, 1, 12, 0, 5);
    deps = { delivery, org: new OrgRepository(store.db), runtime: { now: () => (tick += 1000) }, cache: new ReportCache() };
  });
  afterEach(async () => store.dispose());

  it('returns the same report object for the same key, computing once', async () => {
    const a = await deliveryFigures(deps, operatorActor, team);
    const b = await deliveryFigures(deps, operatorActor, team);
    expect(b).toBe(a);
    expect(loads).toHaveBeenCalledTimes(1);
    const other = await deliveryFigures(deps, operatorActor, { ...team, includeMerges: true });
    expect(other).not.toBe(a);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it('recomputes after an import (the data version is part of the key)', async () => {
    const before = await deliveryFigures(deps, operatorActor, team);
    expect(before.metrics.changeFailureRate.deployments).toBe(1);
    await importRecords(
      store,
      sourceOf('more.jsonl', jsonl([{ kind: 'deployment', id: 'd3', service: 'deploy-pipeline', finishedAt: '2024-03-06T15:00:00Z', commit: 'c9' }])),
    );
    const after = await deliveryFigures(deps, operatorActor, team);
    expect(after).not.toBe(before);
    expect(after.metrics.changeFailureRate.deployments).toBe(2);
    expect(loads).toHaveBeenCalledTimes(2);
  });

  it('shares one in-flight computation between concurrent identical requests', async () => {
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => deliveryFigures(deps, operatorActor, team)));
    expect(b).toBe(a);
    expect(c).toBe(a);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('still checks access on a cached report', async () => {
    await deliveryFigures(deps, operatorActor, team);
    await expect(deliveryFigures(deps, operatorActor, { scope: { kind: 'team', id: 'nope' } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

it('evicts the least recently used entry beyond its capacity, and forgets failures', async () => {
  const cache = new ReportCache(2);
  const key = (name: string) => cacheKey<{ n: number }>('test', name);
  const report = (n: number) => Promise.resolve({ n });
  const a = cache.getOrCompute(key('a'), () => report(1));
  cache.getOrCompute(key('b'), () => report(2));
  expect(cache.getOrCompute(key('a'), () => report(9))).toBe(a); // a is now the most recent
  cache.getOrCompute(key('c'), () => report(3)); // evicts b
  expect(cache.size).toBe(2);
  expect(await cache.getOrCompute(key('b'), () => report(4))).toEqual({ n: 4 });
  const failed = cache.getOrCompute(key('f'), () => Promise.reject(new Error('connection lost')));
  await expect(failed).rejects.toThrow('connection lost');
  expect(await cache.getOrCompute(key('f'), () => report(5))).toEqual({ n: 5 });
});
