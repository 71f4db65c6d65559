import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Migrator } from 'kysely';
import { afterEach, expect, it } from 'vitest';
import { openStore, type Store } from './db.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';

let dir: string | undefined;
let store: Store | undefined;
afterEach(async () => {
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('applies a migration that arrives after a higher-numbered one already ran (work merged side by side)', async () => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-migrate-'));
  store = await openStore(join(dir, 'between.db'));
  // A database made between two merges: everything but 020 has run.
  const without = Object.fromEntries(Object.entries(migrations).filter(([name]) => name !== '020-notifications'));
  const early = new Migrator({ db: store.db, provider: { getMigrations: async () => without }, migrationTableName: 'trellis_migrations', migrationLockTableName: 'trellis_migrations_lock' });
  expect((await early.migrateToLatest()).error).toBeUndefined();
  expect(await store.db.introspection.getTables().then((ts) => ts.some((t) => t.name === 'notifications'))).toBe(false);

  const { applied } = await migrateToLatest(store);
  expect(applied).toEqual(['020-notifications']);
  expect(await store.db.introspection.getTables().then((ts) => ts.some((t) => t.name === 'notifications'))).toBe(true);
  expect((await migrateToLatest(store)).applied).toEqual([]);
});
