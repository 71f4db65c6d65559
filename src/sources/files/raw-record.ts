/**
 * What a file reader hands the importer: one parsed value per record line, or the reason the
 * line could not be parsed at all. Line numbers are 1-based and count every physical line
 * (blank lines and the CSV header included), so `FILE:LINE` points where an editor does.
 */
import type { FieldProblem } from '../../core/records/validate.js';

export type RawRecord = { line: number; value: unknown } | { line: number; problems: FieldProblem[] };

/** A problem with the file as a whole (bad CSV quoting, unreadable file): reading stops there. */
export class FileFormatError extends Error {
  constructor(
    readonly line: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'FileFormatError';
  }
}

export type RecordFormat = 'jsonl' | 'csv';

/** Guess the format from the file name; stdin and unknown extensions need `--format`. */
export function formatFromName(name: string): RecordFormat | undefined {
  const lower = name.toLowerCase();
  if (/\.(jsonl|ndjson|json)(\.gz)?$/.test(lower)) return 'jsonl';
  if (/\.csv$/.test(lower)) return 'csv';
  return undefined;
}
