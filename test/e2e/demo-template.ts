/**
 * The demo organisation's SQLite file, built once per test run and copied for each browser test
 * file, so every file starts from the same untouched demo without paying for building it. Test
 * files run in separate processes: the first to take the lock (an atomic mkdir) builds, the
 * others wait for the finished file, which appears by an atomic rename.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';
import { createDemo } from '../../src/app/create-demo.js';
import { createDemoAccounts } from '../../src/app/create-demo-accounts.js';
import { createDemoPeople } from '../../src/app/demo/create-demo-people.js';
import { systemRuntime } from '../../src/app/runtime.js';
import { openStore } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

/** The demo's clock: every browser test reads the organisation as of this day. */
export const demoAnchor = Date.UTC(2026, 10, 2);

export interface DemoBuild {
  /** Days of SLI data: one keeps the build quick; an SLO's before/after needs weeks. */
  sliDays: number;
}

async function buildDemo(file: string, { sliDays }: DemoBuild): Promise<string> {
  const store = await openStore(file);
  try {
    await migrateToLatest(store);
    await createDemo(store, { seed: 42, scale: 'default', anchor: demoAnchor, sliDays });
    const { password } = await createDemoAccounts(store);
    await createDemoPeople(store, { anchor: demoAnchor, runtime: systemRuntime });
    return password;
  } finally {
    // Closing checkpoints SQLite's write-ahead log into the file, so a plain copy is complete.
    await store.close();
  }
}

/** Fill `file` with the demo organisation; returns the demo accounts' password. One template per build option. */
export async function demoInto(file: string, build: DemoBuild): Promise<string> {
  let dir: string | undefined;
  try {
    dir = inject('e2eDemoTemplateDir');
  } catch {
    dir = undefined;
  }
  if (!dir) return buildDemo(file, build);
  const name = `demo-sli${build.sliDays}`;
  const done = join(dir, `${name}.db`);
  const secret = join(dir, `${name}.password.json`);
  let builder = false;
  try {
    mkdirSync(join(dir, `${name}.lock`));
    builder = true;
  } catch {
    builder = false;
  }
  if (builder) {
    const building = join(dir, `${name}.building.db`);
    const password = await buildDemo(building, build);
    writeFileSync(secret, JSON.stringify({ password }));
    renameSync(building, done);
  } else {
    const deadline = Date.now() + 180_000;
    while (!existsSync(done)) {
      if (Date.now() > deadline) throw new Error(`the demo template in ${dir} was not built within 3 minutes`);
      await sleep(200);
    }
  }
  copyFileSync(done, file);
  return (JSON.parse(readFileSync(secret, 'utf8')) as { password: string }).password;
}
