/**
 * CSV with a header row of record field names (the same names as JSON Lines, `kind` required).
 * csv-parse does the quoting rules; cells become typed values in core/records/csv-row.ts.
 */
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { csvRowToValue } from '../../core/records/csv-row.js';
import { FileFormatError, type RawRecord } from './raw-record.js';

export async function* readCsv(input: Readable): AsyncGenerator<RawRecord> {
  const parser = input.pipe(
    parse({ columns: (header: string[]) => checkHeader(header), bom: true, info: true, skip_empty_lines: true, relax_column_count: false }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      const { value, problems } = csvRowToValue(record);
      yield problems.length > 0 ? { line: info.lines, problems } : { line: info.lines, value };
    }
  } catch (e) {
    if (e instanceof FileFormatError) throw e;
    const err = e as Error & { lines?: number; code?: string };
    throw new FileFormatError(err.lines, `CSV: ${err.message.replace(/^Invalid Record Length: /, '')}`);
  } finally {
    input.destroy();
  }
}

function checkHeader(header: string[]): string[] {
  const names = header.map((h) => h.trim());
  if (!names.includes('kind')) throw new FileFormatError(1, 'the CSV header has no "kind" column');
  const dup = names.find((n, i) => names.indexOf(n) !== i);
  if (dup) throw new FileFormatError(1, `the CSV header names "${dup}" twice`);
  return names;
}
