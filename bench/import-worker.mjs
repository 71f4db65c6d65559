/**
 * One measured run in its own process, so peak RSS is the run's own: either Trellis's importer
 * (the compiled code in dist/, as `trellis import` runs it) or the baseline.
 * Prints one JSON line: { seconds, records, maxRssMb }.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [mode, file, target] = process.argv.slice(2);
const started = performance.now();
let records = 0;

if (mode === 'parse-only') {
  // Baseline: the floor any importer pays — read every line and JSON.parse it, store nothing.
  for await (const line of createInterface({ input: createReadStream(file, { highWaterMark: 1 << 20 }), crlfDelay: Infinity })) {
    if (line !== '') {
      JSON.parse(line);
      records++;
    }
  }
} else {
  const { importRecords } = await import('../dist/app/import-records.js');
  const { openRecordFile } = await import('../dist/sources/files/open-record-file.js');
  const { openStore } = await import('../dist/store/db.js');
  const { migrateToLatest } = await import('../dist/store/migrate.js');
  const store = await openStore(target);
  await migrateToLatest(store);
  // TRELLIS_BENCH_DUPLICATES=last-wins measures the import without the repeated-id check.
  const summary = await importRecords(store, openRecordFile(file), { duplicates: process.env.TRELLIS_BENCH_DUPLICATES ?? 'refuse' });
  records = summary.records;
  await store.close();
}
const seconds = (performance.now() - started) / 1000;
process.stdout.write(`${JSON.stringify({ seconds, records, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
