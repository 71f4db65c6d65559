import type { Command } from 'commander';
import { configFor, dbOptionHelp } from '../context.js';
import { info, printJson } from '../output.js';

export function registerMigrate(program: Command): void {
  program
    .command('migrate')
    .description('Create or upgrade the database schema (every command that opens the store also does this first).')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'print the applied migrations as JSON')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      const config = await configFor(cmd);
      const { openStore } = await import('../../store/db.js');
      const { migrateToLatest } = await import('../../store/migrate.js');
      const store = await openStore(config.db, { pgPoolSize: 1 });
      try {
        const { applied } = await migrateToLatest(store);
        if (opts.json) printJson({ database: store.dialect, location: store.location, applied });
        else info(applied.length > 0 ? `Applied ${applied.join(', ')} to ${store.location}` : `${store.location} is up to date`);
      } finally {
        await store.close();
      }
    });
}
