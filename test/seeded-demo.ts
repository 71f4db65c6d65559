/**
 * The real demo organisation with some of its people seeders, for tests of what a seeder wrote.
 * Built once per test file on SQLite (the generator is the slow part; the repositories are tested
 * on both dialects elsewhere), with a clock on the demo's day and a way to act as a demo account.
 */
import { afterAll, beforeAll } from 'vitest';
import { actorForAccount } from '../src/app/auth/actor-for-account.js';
import { createDemo } from '../src/app/create-demo.js';
import { createDemoAccounts } from '../src/app/create-demo-accounts.js';
import type { DemoSeeder } from '../src/app/demo/create-demo-people.js';
import { manualRuntime } from '../src/app/runtime.js';
import type { AccountActor } from '../src/core/access/actor.js';
import { dataAccess, type DataAccess } from '../src/store/data-access.js';
import { freshStore, type TestStore } from './dialects.js';

export interface SeededDemo {
  anchor: number;
  runtime: ReturnType<typeof manualRuntime>;
  data(): DataAccess;
  /** The store itself (to run a seeder again, or read a table directly). */
  store(): TestStore;
  /** The actor of the demo account with this email. */
  as(email: string): Promise<AccountActor>;
}

/** Call inside a `describe`: builds the demo and runs `seeders` in order before its tests. */
export function useSeededDemo(seeders: readonly DemoSeeder[]): SeededDemo {
  const anchor = Date.UTC(2026, 10, 2);
  const runtime = manualRuntime(anchor);
  let store: TestStore | undefined;
  const data = () => dataAccess(store!.db);
  beforeAll(async () => {
    store = await freshStore('sqlite');
    await createDemo(store, { seed: 42, scale: 'default', anchor, sliDays: 0 });
    await createDemoAccounts(store, runtime);
    for (const seed of seeders) await seed(store, { anchor, runtime });
  }, 240_000);
  afterAll(async () => store?.dispose());
  return { anchor, runtime, data, store: () => store!, as: async (email) => actorForAccount(data().org, (await data().accounts.findByEmail(email))!) };
}
