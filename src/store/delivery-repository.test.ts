import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../app/import-records.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { events, jsonl, org, sourceOf } from '../../test/records.js';
import { DeliveryRepository } from './delivery-repository.js';

describeEachDialect('DeliveryRepository', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await importRecords(store, sourceOf('seed.jsonl', jsonl([...org, ...events])));
  });
  afterEach(async () => store.dispose());

  it('loads a service’s events as plain data, with numbers for times and each deployment’s changes', async () => {
    const got = await new DeliveryRepository(store.db).eventsOf(['deploy-pipeline'], Date.parse('2030-01-01T00:00:00Z'));
    expect(got.changes.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'c1', service: 'deploy-pipeline', committedAt: Date.parse('2024-03-04T09:00:00Z'), isMerge: false },
      { id: 'c2', service: 'deploy-pipeline', committedAt: Date.parse('2024-03-04T10:00:00Z'), isMerge: true },
    ]);
    expect(got.deployments.find((d) => d.id === 'd1')).toEqual({
      id: 'd1', service: 'deploy-pipeline', environment: 'production', status: 'success',
      finishedAt: Date.parse('2024-03-04T15:00:00Z'), commit: 'c2', changes: ['c1', 'c2'],
    });
    expect(got.deployments.find((d) => d.id === 'd2')).toMatchObject({ environment: 'staging', status: 'failure' });
    expect(got.incidents).toEqual([
      { id: 'i1', service: 'deploy-pipeline', startedAt: Date.parse('2024-03-04T16:00:00Z'), resolvedAt: Date.parse('2024-03-04T18:00:00Z'), causedBy: 'd1' },
    ]);
  });

  it('leaves out what happened at or after `until`, and other services', async () => {
    const got = await new DeliveryRepository(store.db).eventsOf(['deploy-pipeline'], Date.parse('2024-03-04T15:00:00Z'));
    expect(got.deployments).toEqual([]);
    expect(got.changes.map((c) => c.id).sort()).toEqual(['c1', 'c2']);
    expect(await new DeliveryRepository(store.db).eventsOf(['payments-api'], Date.parse('2030-01-01T00:00:00Z'))).toEqual({ changes: [], deployments: [], incidents: [] });
  });

  it('lists a team’s services', async () => {
    expect(await new DeliveryRepository(store.db).servicesOf('platform')).toEqual([{ id: 'deploy-pipeline', name: 'deploy-pipeline', team: 'platform' }]);
  });
});
