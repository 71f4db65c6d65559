import { afterEach, beforeEach, expect, it } from 'vitest';
import { importRecords } from '../app/import-records.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { events, jsonl, org, sourceOf } from '../../test/records.js';
import { DeliveryRepository } from './delivery-repository.js';

describeEachDialect('data version', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => store.dispose());

  it('starts at 0 and goes up by one per committed import', async () => {
    const repo = new DeliveryRepository(store.db);
    expect(await repo.dataVersion()).toBe(0);
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
    expect(await repo.dataVersion()).toBe(1);
    await importRecords(store, sourceOf('events.jsonl', jsonl(events)));
    expect(await repo.dataVersion()).toBe(2);
  });

  it('does not move when an import is rejected (the bump rolls back with the records)', async () => {
    const repo = new DeliveryRepository(store.db);
    await importRecords(store, sourceOf('org.jsonl', jsonl(org)));
    const bad = jsonl([{ kind: 'change', id: 'x1', service: 'no-such-service', committedAt: '2024-03-04T09:00:00Z' }]);
    await expect(importRecords(store, sourceOf('bad.jsonl', bad))).rejects.toMatchObject({ code: 'IMPORT_REJECTED' });
    expect(await repo.dataVersion()).toBe(1);
  });
});
