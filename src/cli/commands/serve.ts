import type { Command } from 'commander';
import { configFor, dbOptionHelp } from '../context.js';
import { info } from '../output.js';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the web app and the HTTP API.')
    .option('--db <target>', dbOptionHelp)
    .option('-p, --port <port>', 'port to listen on (default: $PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: $HOST or 127.0.0.1)')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis serve
  $ DATABASE_URL=postgres://trellis@db/trellis trellis serve --host 0.0.0.0 --port 8080`,
    )
    .action(async (opts: { port?: string; host?: string }, cmd: Command) => {
      const config = await configFor(cmd, { port: opts.port, host: opts.host });
      const { openStore } = await import('../../store/db.js');
      const { migrateToLatest } = await import('../../store/migrate.js');
      const store = await openStore(config.db, { pgPoolSize: config.pgPoolSize });
      try {
        await migrateToLatest(store);
      } catch (e) {
        await store.close();
        throw e;
      }
      // The web server (and all it loads) only for the command that serves: every other command
      // starts faster without it.
      const { startServer } = await import('../../http/server.js');
      const running = await startServer({ store, config });
      info(`Trellis is serving ${store.dialect} data from ${store.location} at ${running.address}`);
    });
}
