/**
 * The real server on the demo organisation, for browser tests: a temporary SQLite file filled by
 * the demo generator (one day of SLI data to stay quick), demo accounts, the built web app.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDemo } from '../../src/app/create-demo.js';
import { createDemoAccounts } from '../../src/app/create-demo-accounts.js';
import { createDemoPeople } from '../../src/app/demo/create-demo-people.js';
import { systemRuntime } from '../../src/app/runtime.js';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { openStore } from '../../src/store/db.js';
import { migrateToLatest } from '../../src/store/migrate.js';

export interface DemoServer {
  url: string;
  password: string;
  close(): Promise<void>;
}

/** `env`: extra configuration, e.g. SMTP settings pointing at a test mail server. */
export async function startDemoServer(env: () => Record<string, string> = () => ({})): Promise<DemoServer> {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is not built: run `npm run build` (npm test does it first)');
  const dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const store = await openStore(join(dir, 'demo.db'));
  await migrateToLatest(store);
  const anchor = Date.UTC(2026, 10, 2);
  await createDemo(store, { seed: 42, scale: 'default', anchor, sliDays: 1 });
  const { password } = await createDemoAccounts(store);
  await createDemoPeople(store, { anchor, runtime: systemRuntime });
  let running: RunningServer;
  try {
    running = await startServer({ store, config: loadConfig(env(), { db: join(dir, 'demo.db'), port: 0, logLevel: 'silent' }), signals: [] });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: running.address,
    password,
    close: async () => {
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
