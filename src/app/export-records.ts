/**
 * Export: every record as one JSON line, in the canonical form import accepts, so that
 * export → import into an empty store → export gives the same lines.
 */
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import type { RecordKind } from '../core/records/schemas.js';
import type { Store } from '../store/db.js';
import { readRecords } from '../store/record-reader.js';
import { safeJson } from '../core/text/control-characters.js';

export async function exportRecords(store: Store, out: Writable, kinds?: readonly RecordKind[]): Promise<number> {
  let n = 0;
  for await (const record of readRecords(store.db, kinds)) {
    n++;
    // Respect back-pressure: a slow pipe must not make the whole store pile up in memory.
    // C1 and bidi controls escaped too (JSON.stringify leaves them raw): same values, safe on a terminal.
    if (!out.write(`${safeJson(JSON.stringify(record))}\n`)) await once(out, 'drain');
  }
  return n;
}
