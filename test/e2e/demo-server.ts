/**
 * The real server on the demo organisation, for browser tests: a temporary SQLite file holding a
 * copy of the run's demo (demo-template.ts), demo accounts, the built web app.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/http/server.js';
import { openStore } from '../../src/store/db.js';
import { demoInto } from './demo-template.js';

export interface DemoServer {
  url: string;
  password: string;
  close(): Promise<void>;
}

export interface DemoServerOptions {
  /** Days of SLI data (default 1, to stay quick; an SLO's before/after needs weeks). */
  sliDays?: number;
  /** Extra configuration, e.g. SMTP settings pointing at a test mail server. */
  env?: () => Record<string, string>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  if (!existsSync('dist/web/index.html')) throw new Error('dist/web is not built: run `npm run build` (npm test does it first)');
  const dir = mkdtempSync(join(tmpdir(), 'trellis-e2e-'));
  const password = await demoInto(join(dir, 'demo.db'), { sliDays: options.sliDays ?? 1 });
  const store = await openStore(join(dir, 'demo.db'));
  let running: RunningServer;
  try {
    running = await startServer({ store, config: loadConfig(options.env?.() ?? {}, { db: join(dir, 'demo.db'), port: 0, logLevel: 'silent' }), signals: [] });
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
