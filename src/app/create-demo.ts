/**
 * Filling an empty store with the demo organisation. The generated records go through the same
 * import path as a user's files — validated, reference-checked, one transaction — so the demo
 * also proves the import contract.
 */
import { generateDemo, type DemoOptions } from '../core/demo/index.js';
import type { RawRecord } from '../sources/files/raw-record.js';
import type { Store } from '../store/db.js';
import { importRecords, type ImportSummary } from './import-records.js';
import { seedDemoSlos } from './demo/seed-slos.js';
import { systemRuntime } from './runtime.js';

export async function createDemo(store: Store, options: DemoOptions, onProgress?: (records: number) => void): Promise<ImportSummary> {
  let every = 0;
  const summary = await importRecords(store, { name: 'demo', records: asRaw(generateDemo(options)) }, {
    onProgress: onProgress
      ? (n) => {
          // A line every 100,000 records is enough to show life without flooding the terminal.
          if (n >= every + 100_000) {
            every = n;
            onProgress(n);
          }
        }
      : undefined,
  });
  // The SLOs the generated SLI slices belong to (OpenSLO, as a user would import them).
  await seedDemoSlos(store, systemRuntime);
  return summary;
}

async function* asRaw(records: Iterable<unknown>): AsyncGenerator<RawRecord> {
  let line = 0;
  for (const value of records) yield { line: ++line, value };
}
