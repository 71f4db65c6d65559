import { rmSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { DemoAccounts } from '../../app/create-demo-accounts.js';
import { TrellisError } from '../../errors.js';
import { configFor } from '../context.js';
import { info } from '../output.js';

export const defaultDemoDb = '.trellis/demo.db';

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description(`Create the demo organisation (Lumen Freight) if the store is empty, and serve it (default store: the embedded SQLite file ${defaultDemoDb}).`)
    .option('--db <target>', `where the demo lives (default: ${defaultDemoDb})`)
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .addOption(new Option('--scale <scale>', 'default: ~60 engineers, one year; large: ~2,000 engineers, 3 years (benchmarks)').choices(['default', 'large']).default('default'))
    .option('--seed <n>', 'generator seed: the same seed gives the same organisation', '42')
    .option('--reset', 'throw away an existing demo file and create it anew')
    .option('--no-serve', 'create the data and exit')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis demo                       create (first time) and serve at http://localhost:3000
  $ trellis demo --reset --seed 7      a different, equally believable organisation
  $ trellis demo --scale large --db bench.db --no-serve`,
    )
    .action(async (opts: { port?: string; host?: string; scale: 'default' | 'large'; seed: string; reset?: boolean; serve: boolean }, cmd: Command) => {
      const db = cmd.opts<{ db?: string }>().db ?? cmd.parent?.opts<{ db?: string }>().db ?? defaultDemoDb;
      // Request logs would bury the sign-ins printed below; LOG_LEVEL=info brings them back.
      const config = await configFor(cmd, { db, port: opts.port, host: opts.host, defaultLogLevel: 'warn' });
      const { isPostgresUrl } = await import('../../config.js');
      const { openStore } = await import('../../store/db.js');
      const { migrateToLatest } = await import('../../store/migrate.js');
      const { countRecords } = await import('../../store/record-counts.js');
      const { createDemo } = await import('../../app/create-demo.js');
      const { createDemoAccounts } = await import('../../app/create-demo-accounts.js');
      const { createDemoPeople } = await import('../../app/demo/create-demo-people.js');
      const { systemRuntime } = await import('../../app/runtime.js');
      const seed = Number(opts.seed);
      if (!Number.isSafeInteger(seed)) throw new TrellisError('BAD_INPUT', `--seed: must be a whole number (got "${opts.seed}")`);
      if (opts.reset && !isPostgresUrl(config.db)) for (const suffix of ['', '-wal', '-shm']) rmSync(`${config.db}${suffix}`, { force: true });

      const store = await openStore(config.db, { pgPoolSize: config.pgPoolSize });
      let accounts: DemoAccounts;
      try {
        await migrateToLatest(store);
        const counts = await countRecords(store.db);
        let createdAt: number | null = null;
        if (counts.team === 0) {
          const now = new Date();
          const anchor = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
          info(`Creating the demo organisation (scale ${opts.scale}, seed ${seed}) in ${store.location} …`);
          const started = performance.now();
          const summary = await createDemo(store, { seed, scale: opts.scale, anchor }, (n) => info(`  … ${n.toLocaleString('en')} records`));
          info(`Created ${summary.records.toLocaleString('en')} records in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
          createdAt = anchor;
        } else {
          info(`Using the existing demo in ${store.location} (${counts.person} people, ${counts.service} services). Run with --reset to start over.`);
        }
        accounts = await createDemoAccounts(store);
        if (createdAt !== null) await createDemoPeople(store, { anchor: createdAt, runtime: systemRuntime });
      } catch (e) {
        await store.close();
        throw e;
      }
      if (!opts.serve) {
        await store.close();
        printSignIns(accounts);
        return;
      }
      // Loaded only when serving (not with --no-serve): see serve.ts.
      const { startServer } = await import('../../http/server.js');
      const running = await startServer({ store, config });
      const url = running.address.replace('127.0.0.1', 'localhost');
      info(`\nTrellis demo — Lumen Freight — at ${url}`);
      printSignIns(accounts);
      info('Press Ctrl-C to stop.');
    });
}

/** The demo sign-ins: the people of the story and the one password (new on every start; see create-demo-accounts.ts). */
function printSignIns(accounts: DemoAccounts): void {
  info('Sign in as any of the people in the story (see docs/demo.md):');
  for (const a of accounts.named) info(`  ${a.email.padEnd(26)} ${a.name} (${a.roles.join(', ')})`);
  info(`Password for every demo account: ${accounts.password}  (new each time the demo starts)`);
}
