import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { instantArb, recordFileArb } from '../../test/arbitraries.js';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { jsonl, sourceOf } from '../../test/records.js';
import { canonicalRecord } from '../core/records/validate.js';
import type { TrellisRecord } from '../core/records/schemas.js';
import { isTrellisError } from '../errors.js';
import { exportRecords } from './export-records.js';
import { importRecords } from './import-records.js';

async function exported(store: TestStore): Promise<string> {
  const out = new PassThrough();
  let text = '';
  out.on('data', (c: Buffer) => (text += c.toString()));
  await exportRecords(store, out);
  out.end();
  return text;
}

/** What export should say about a record: canonical form, no empty `changes`. */
function expected(r: TrellisRecord): string {
  const c = canonicalRecord(r) as Record<string, unknown>;
  if (Array.isArray(c.changes)) {
    if (c.changes.length === 0) delete c.changes;
    else c.changes = [...(c.changes as string[])].sort();
  }
  return JSON.stringify(Object.fromEntries(Object.entries(c).sort(([a], [b]) => a.localeCompare(b))));
}
const sortedKeys = (line: string) => JSON.stringify(Object.fromEntries(Object.entries(JSON.parse(line)).sort(([a], [b]) => a.localeCompare(b))));

/** Ways to spoil one line so that it must be rejected. */
const corruptions: ((line: string) => string)[] = [
  (l) => l.slice(0, Math.max(1, Math.floor(l.length / 2))), // truncated JSON
  (l) => JSON.stringify({ ...JSON.parse(l), kind: 'nonsense' }),
  (l) => JSON.stringify({ ...JSON.parse(l), surprise: 1 }),
  (l) => {
    const o = JSON.parse(l);
    delete o[o.kind === 'sli' ? 'slo' : 'id'];
    return JSON.stringify(o);
  },
  (l) => {
    const o = JSON.parse(l);
    for (const f of ['committedAt', 'finishedAt', 'startedAt', 'at', 'openedAt']) if (f in o) o[f] = '2024-13-45 25:61';
    if (o.kind === 'team' || o.kind === 'person' || o.kind === 'service') o.name = '';
    return JSON.stringify(o);
  },
  // A link that must never reach a page: refused where `url` exists, an unknown field elsewhere.
  (l) => JSON.stringify({ ...JSON.parse(l), url: 'javascript:alert(1)' }),
];

describeEachDialect('import properties', (dialect) => {
  const runs = dialect === 'sqlite' ? 40 : 12;

  it('random valid files import and export as their canonical records, and re-import changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(recordFileArb, async (records) => {
        const store = await freshStore(dialect);
        try {
          await importRecords(store, sourceOf('random.jsonl', jsonl(records)));
          const first = await exported(store);
          const got = first.trim() === '' ? [] : first.trim().split('\n').map(sortedKeys);
          expect(got.sort()).toEqual(records.map(expected).sort());
          await importRecords(store, sourceOf('again.jsonl', jsonl(records)));
          expect(await exported(store)).toBe(first);
        } finally {
          await store.dispose();
        }
      }),
      { numRuns: runs },
    );
  });

  it('one corrupted line rejects the file at that line and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(recordFileArb, fc.nat(), fc.nat(corruptions.length - 1), async (records, pick, how) => {
        const store = await freshStore(dialect);
        try {
          const lines = jsonl(records).trimEnd().split('\n');
          const at = pick % lines.length;
          lines[at] = corruptions[how]!(lines[at]!);
          let error: unknown;
          try {
            await importRecords(store, sourceOf('corrupt.jsonl', `${lines.join('\n')}\n`));
          } catch (e) {
            error = e;
          }
          expect(isTrellisError(error) && error.code).toBe('IMPORT_REJECTED');
          const problems = isTrellisError(error) ? error.problems : [];
          // Spoiling a line can also orphan later lines that referred to it; the spoiled line is always named.
          expect(problems.some((p) => p.file === 'corrupt.jsonl' && p.line === at + 1)).toBe(true);
          expect(await exported(store)).toBe('');
        } finally {
          await store.dispose();
        }
      }),
      { numRuns: runs },
    );
  });
});

it('instants in any offset canonicalise to the same UTC text', () => {
  fc.assert(
    fc.property(instantArb, (iso) => {
      const c = canonicalRecord({ kind: 'page', id: 'p', at: iso });
      return c.kind === 'page' && c.at.endsWith('Z') && Date.parse(c.at) === Date.parse(iso);
    }),
  );
});
