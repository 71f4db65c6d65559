/**
 * JSON Lines, streamed: one object per line, blank lines allowed. Never holds more than one
 * line in memory, so a million-line file costs what one line costs.
 */
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { RawRecord } from './raw-record.js';

export async function* readJsonLines(input: Readable): AsyncGenerator<RawRecord> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    // A UTF-8 byte order mark on the first line is an editor's habit, not data.
    const body = line === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body.trim() === '') continue;
    try {
      yield { line, value: JSON.parse(body) };
    } catch (e) {
      yield { line, problems: [{ field: '(line)', message: `is not valid JSON (${(e as Error).message})` }] };
    }
  }
}
