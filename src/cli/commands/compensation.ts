/**
 * `trellis compensation bands import FILE` and `trellis compensation bands show`: the compensation
 * band table from the command line (the operator), the same import as the web's: all or nothing,
 * every problem named by line and column, exit 2 on a bad file.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { operatorActor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { Store } from '../../store/db.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson, printTable } from '../output.js';

async function bandsApp(store: Store) {
  const [{ dataAccess }, { systemRuntime }, bands] = await Promise.all([import('../../store/data-access.js'), import('../../app/runtime.js'), import('../../app/reviews/compensation-bands.js')]);
  return { deps: { data: dataAccess(store.db), runtime: systemRuntime }, ...bands };
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new TrellisError('BAD_INPUT', `Cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function registerCompensation(program: Command): void {
  const compensation = program.command('compensation').description('Compensation context: the band table (level, track, currency, min, mid, max).');
  const bands = compensation.command('bands').description('The compensation band table: import from CSV, show.');

  bands
    .command('import')
    .description('Replace the band table from a CSV file with the header level,track,currency,min,mid,max (all or nothing).')
    .argument('<file>', 'the CSV file')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .action(async (file: string, opts: { json?: boolean }, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await bandsApp(store);
        const r = await app.importBands(app.deps, operatorActor, { csv: readText(file), fileName: basename(file) });
        if (opts.json) return printJson({ ...r, importedAt: iso(r.importedAt) });
        info(`Imported ${r.bands.length} band${r.bands.length === 1 ? "" : "s"} from ${basename(file)}; the previous table was replaced.`);
      }),
    );

  bands
    .command('show')
    .description('Show the band table.')
    .option('--db <target>', dbOptionHelp)
    .option('--json', 'machine-readable output')
    .action(async (opts: { json?: boolean }, cmd: Command) =>
      withStore(cmd, async ({ store }) => {
        const app = await bandsApp(store);
        const r = await app.readBands(app.deps, operatorActor);
        if (opts.json) return printJson({ ...r, importedAt: iso(r.importedAt) });
        printTable(r.bands as unknown as Record<string, unknown>[], ['level', 'track', 'currency', 'min', 'mid', 'max'], 'No bands yet: import a CSV with `trellis compensation bands import FILE`.');
      }),
    );
}
