import fc from 'fast-check';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readCsv } from './read-csv.js';
import { readJsonLines } from './read-jsonl.js';
import { FileFormatError, formatFromName, type RawRecord } from './raw-record.js';

async function all(it: AsyncIterable<RawRecord>): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of it) out.push(r);
  return out;
}

/** Quote a CSV cell the RFC 4180 way. */
const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

describe('readJsonLines', () => {
  it('numbers physical lines, skips blank ones, handles CRLF and a BOM', async () => {
    const text = '\uFEFF{"kind":"team","id":"a","name":"A"}\r\n\r\n  \n{"kind":"team"\n';
    const got = await all(readJsonLines(Readable.from([text])));
    expect(got[0]).toEqual({ line: 1, value: { kind: 'team', id: 'a', name: 'A' } });
    expect(got[1]?.line).toBe(4);
    expect('problems' in got[1]! && got[1].problems[0]!.message).toMatch(/^is not valid JSON/);
  });

  it('reads any object split across arbitrary chunk boundaries', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.string()), { maxLength: 20 }), fc.nat(50), async (objs, cut) => {
        const text = objs.map((o) => JSON.stringify(o)).join('\n');
        const chunks = [text.slice(0, cut), text.slice(cut)].filter(Boolean);
        const got = await all(readJsonLines(Readable.from(chunks)));
        const expected = objs.map((o, i) => ({ line: i + 1, value: o }));
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe('readCsv', () => {
  it('any quoted text survives the trip through CSV, with the right line numbers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), { minLength: 1, maxLength: 15 }), async (names) => {
        const body = names.map((n, i) => `team,t${i},${cell(n)}`).join('\n');
        const got = await all(readCsv(Readable.from([`kind,id,name\n${body}\n`])));
        expect(got.map((r) => ('value' in r ? (r.value as { name: string }).name : undefined))).toEqual(names);
        // A quoted cell may span lines; each record is numbered by the line it ends on.
        let line = 1;
        expect(got.map((r) => r.line)).toEqual(names.map((n) => (line += 1 + (n.match(/\r\n|\n|\r/g)?.length ?? 0))));
      }),
    );
  });

  it('stops with the line of a malformed row', async () => {
    const text = 'kind,id,name\nteam,a,A\nteam,b,"B\nteam,c\n';
    await expect(all(readCsv(Readable.from([text])))).rejects.toBeInstanceOf(FileFormatError);
    const short = 'kind,id,name\nteam,a,A\nteam,c\n';
    await expect(all(readCsv(Readable.from([short])))).rejects.toMatchObject({ line: 3 });
  });

  it('requires a kind column', async () => {
    await expect(all(readCsv(Readable.from(['id,name\na,A\n'])))).rejects.toThrow('the CSV header has no "kind" column');
  });
});

describe('formatFromName', () => {
  it.each([
    ['a.jsonl', 'jsonl'],
    ['a.NDJSON', 'jsonl'],
    ['a.jsonl.gz', 'jsonl'],
    ['a.csv', 'csv'],
    ['a.txt', undefined],
  ])('%s → %s', (name, fmt) => expect(formatFromName(name)).toBe(fmt));
});
