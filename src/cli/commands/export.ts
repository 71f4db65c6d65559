import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Command } from 'commander';
import { recordKinds } from '../../core/records/record-kinds.js';
import type { RecordKind } from '../../core/records/schemas.js';
import { TrellisError } from '../../errors.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info } from '../output.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('Write every record (or only some kinds) as JSON Lines, in the format `trellis import` reads.')
    .option('--db <target>', dbOptionHelp)
    .option('--out <file>', 'write to a file instead of stdout')
    .option('--kind <kinds>', `only these kinds, comma-separated (${recordKinds.join(', ')})`)
    .addHelpText(
      'after',
      `
Examples:
  $ trellis export > backup.jsonl
  $ trellis export --kind team,person,service --out org.jsonl
  $ trellis export --db old.db | trellis import --db postgres://trellis@db/trellis --format jsonl -`,
    )
    .action(async (opts: { out?: string; kind?: string }, cmd: Command) => {
      const kinds = opts.kind ? parseKinds(opts.kind) : undefined;
      await withStore(cmd, async ({ store }) => {
        const { exportRecords } = await import('../../app/export-records.js');
        const out = opts.out ? createWriteStream(opts.out) : process.stdout;
        const n = await exportRecords(store, out, kinds);
        if (opts.out) {
          out.end();
          await once(out, 'finish');
          info(`Wrote ${n} records to ${opts.out}`);
        }
      });
    });
}

function parseKinds(list: string): RecordKind[] {
  const kinds = list.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(recordKinds as readonly string[]).includes(k));
  if (unknown.length > 0) throw new TrellisError('BAD_INPUT', `--kind: unknown kind ${unknown.join(', ')}; use ${recordKinds.join(', ')}`);
  return kinds as RecordKind[];
}
