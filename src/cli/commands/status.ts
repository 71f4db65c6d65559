import type { Command } from 'commander';
import { dbOptionHelp, withStore } from '../context.js';
import { print, printJson, printTable } from '../output.js';

export function registerStatus(program: Command): void {
  program
    .command('status')
    .description('Show which database is in use and how many records of each kind it holds.')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(cmd, async ({ store }) => {
        const { countRecords } = await import('../../store/record-counts.js');
        const records = await countRecords(store.db);
        if (opts.json) {
          printJson({ database: store.dialect, location: store.location, records });
          return;
        }
        print(`Database: ${store.dialect} at ${store.location}\n\n`);
        printTable(Object.entries(records).map(([kind, count]) => ({ kind, count })), ['kind', 'count'], 'No records.');
      });
    });
}
