/**
 * Opening a record file for import: a path or `-` for stdin, plain or gzip-compressed, JSON
 * Lines or CSV. Counts bytes as they are read so the CLI can show progress against the size.
 */
import { createReadStream, statSync } from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { TrellisError } from '../../errors.js';
import { readCsv } from './read-csv.js';
import { readJsonLines } from './read-jsonl.js';
import { FileFormatError, formatFromName, type RawRecord, type RecordFormat } from './raw-record.js';

export interface OpenedRecordFile {
  name: string;
  format: RecordFormat;
  /** Size on disk in bytes, when known (not for stdin). */
  size: number | undefined;
  bytesRead(): number;
  records: AsyncIterable<RawRecord>;
}

export function openRecordFile(path: string, format?: RecordFormat, stdin: Readable = process.stdin): OpenedRecordFile {
  const isStdin = path === '-';
  const name = isStdin ? '<stdin>' : path;
  const fmt = format ?? (isStdin ? undefined : formatFromName(path));
  if (!fmt) {
    throw new TrellisError('BAD_INPUT', `${name}: cannot tell the format from the name; use --format jsonl or --format csv`);
  }
  let size: number | undefined;
  if (!isStdin) {
    try {
      const st = statSync(path);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch (e) {
      throw new TrellisError('BAD_INPUT', `${name}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }
  let read = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      read += chunk.length;
      done(null, chunk);
    },
  });
  const source = isStdin ? stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  let stream: Readable = source.pipe(counter);
  const gzipped = path.toLowerCase().endsWith('.gz');
  if (gzipped) stream = stream.pipe(createGunzip());
  const records = fmt === 'csv' ? readCsv(stream) : readJsonLines(stream);
  return {
    name,
    format: fmt,
    size,
    bytesRead: () => read,
    records: gzipped ? checkedGzip(records) : records,
  };
}

/**
 * A corrupt or truncated .gz fails inside zlib ("incorrect data check", "unexpected end of
 * file"): a problem with the file, not with Trellis. Say so, naming the file, so the import is
 * rejected as bad input (exit 2) instead of ending in a stack trace.
 */
async function* checkedGzip(records: AsyncIterable<RawRecord>): AsyncGenerator<RawRecord> {
  try {
    yield* records;
  } catch (e) {
    if (!isZlibError(e)) throw e;
    throw new FileFormatError(undefined, `is not valid gzip (${(e as Error).message}): the file may be truncated or corrupt`);
  }
}

function isZlibError(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}
