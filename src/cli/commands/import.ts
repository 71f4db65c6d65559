import type { Command } from 'commander';
import { Option } from 'commander';
import type { SingleBar } from 'cli-progress';
import type { ImportSummary } from '../../app/import-records.js';
import { recordKinds } from '../../core/records/record-kinds.js';
import type { RecordFormat } from '../../sources/files/raw-record.js';
import { dbOptionHelp, withStore } from '../context.js';
import { info, printJson } from '../output.js';

export function registerImport(program: Command): void {
  program
    .command('import')
    .description(`Import records of any kind (${recordKinds.join(', ')}) from JSON Lines or CSV files. Each file is all-or-nothing.`)
    .argument('<files...>', 'record files (.jsonl, .ndjson, .csv, optionally .gz), or - for stdin')
    .option('--db <target>', dbOptionHelp)
    .addOption(new Option('--format <format>', 'file format when the name does not say').choices(['jsonl', 'csv']))
    .option('--json', 'print a machine-readable summary on stdout')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('--last-wins', 'when a file states one record twice (same kind and id), let the later line replace the earlier one instead of refusing the file (for tools that replay events)')
    .addHelpText(
      'after',
      `
Examples:
  $ trellis import org.jsonl events.csv
  $ trellis import --db postgres://trellis@db/trellis deployments.jsonl.gz
  $ cat records.jsonl | trellis import --format jsonl -

A bad line rejects its whole file and nothing of it is stored; every problem is listed as
FILE:LINE: field: problem, and the exit code is 2. Importing the same records again changes
nothing (records are matched by id). A file that states one record twice is refused, naming
both lines, unless --last-wins is given. A corrupt or truncated .gz is refused as not valid
gzip. A file with no records imports nothing and says so.`,
    )
    .action(async (files: string[], opts: { format?: RecordFormat; json?: boolean; progress: boolean; lastWins?: boolean }, cmd: Command) => {
      await withStore(cmd, async ({ config, store }) => {
        const { importRecords } = await import('../../app/import-records.js');
        const { openRecordFile } = await import('../../sources/files/open-record-file.js');
        const { default: cliProgress } = await import('cli-progress');
        const summaries: ImportSummary[] = [];
        for (const path of files) {
          const file = openRecordFile(path, opts.format);
          const started = performance.now();
          const bar = opts.progress && process.stderr.isTTY && file.size ? progressBar(cliProgress, file.name, file.size) : undefined;
          try {
            const summary = await importRecords(store, file, {
              maxErrors: config.importMaxErrors,
              duplicates: opts.lastWins ? 'last-wins' : 'refuse',
              onProgress: bar ? (n) => bar.update(file.bytesRead(), { records: n }) : undefined,
            });
            bar?.update(file.size ?? 0, { records: summary.records });
            bar?.stop();
            summaries.push(summary);
            const secs = (performance.now() - started) / 1000;
            // An empty file is not an error (a nightly export may have nothing new), but it is never silent.
            if (summary.records === 0) info(`no records in ${file.name}; nothing imported`);
            else if (!opts.json) info(`${file.name}: imported ${summary.records} records in ${secs.toFixed(1)} s (${describeKinds(summary)})`);
          } catch (e) {
            bar?.stop();
            const rest = files.slice(files.indexOf(path) + 1);
            if (summaries.length > 0) info(`Imported before the failure: ${summaries.map((s) => s.file).join(', ')}`);
            if (rest.length > 0) info(`Not attempted: ${rest.join(', ')}`);
            throw e;
          }
        }
        if (opts.json) printJson({ files: summaries });
      });
    });
}

function describeKinds(s: ImportSummary): string {
  const parts = Object.entries(s.byKind).map(([k, n]) => `${n} ${k}`);
  return parts.length > 0 ? parts.join(', ') : 'no records';
}

function progressBar(cliProgress: typeof import('cli-progress'), name: string, total: number): SingleBar {
  const bar = new cliProgress.SingleBar(
    { format: `${name} [{bar}] {percentage}% | {records} records | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { records: 0 });
  return bar;
}
