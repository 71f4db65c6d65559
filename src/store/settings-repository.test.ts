import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { SettingsRepository } from './settings-repository.js';

describeEachDialect('settings repository', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
  });
  afterEach(async () => store.dispose());

  it('returns null for a setting never made, then the value, who and when', async () => {
    const repo = new SettingsRepository(store.db);
    expect(await repo.get('evidence-template')).toBeNull();
    await repo.put('evidence-template', { id: 'star' }, 1_700_000_000_000, 'acct-1');
    expect(await repo.get('evidence-template')).toEqual({ value: { id: 'star' }, updatedAt: 1_700_000_000_000, updatedBy: 'acct-1' });
  });

  it('replaces a value in place (one row per key)', async () => {
    const repo = new SettingsRepository(store.db);
    await repo.put('calibration-workshop', { date: '2026-12-15' }, 1, 'a');
    await repo.put('calibration-workshop', { date: '2026-12-16' }, 2, null);
    expect(await repo.get('calibration-workshop')).toEqual({ value: { date: '2026-12-16' }, updatedAt: 2, updatedBy: null });
    const rows = await store.db.selectFrom('settings').select('key').execute();
    expect(rows).toEqual([{ key: 'calibration-workshop' }]);
  });
});
