/**
 * `trellis import` on files that are not what they claim (issue 11, items 19–21): a corrupt or
 * truncated .jsonl.gz, an empty file, a file stating one record twice (and --last-wins).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { jsonl } from '../../test/records.js';

let dir: string;
const teams = jsonl([{ kind: 'team', id: 'a', name: 'A' }, { kind: 'team', id: 'b', name: 'B' }]);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-import-'));
  const gz = gzipSync(teams);
  writeFileSync(join(dir, 'ok.jsonl.gz'), gz);
  writeFileSync(join(dir, 'truncated.jsonl.gz'), gz.subarray(0, gz.length - 12));
  const corrupt = Buffer.from(gz);
  corrupt[corrupt.length - 6]! ^= 0xff; // the CRC-32 of the content
  writeFileSync(join(dir, 'corrupt.jsonl.gz'), corrupt);
  writeFileSync(join(dir, 'empty.jsonl'), '');
  writeFileSync(join(dir, 'blank.csv'), 'kind,id,name\n');
  writeFileSync(join(dir, 'twice.jsonl'), `${teams}${jsonl([{ kind: 'team', id: 'a', name: 'A again' }])}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const teamCount = async (db: string) => JSON.parse((await runCli(['status', '--db', db, '--json'])).stdout).records.team as number;

describe('trellis import refuses files that are not what they claim', () => {
  it.each(['truncated', 'corrupt'])('a %s .jsonl.gz exits 2, names the file as not valid gzip, no stack trace, nothing stored', async (kind) => {
    const db = join(dir, `${kind}.db`);
    const file = join(dir, `${kind}.jsonl.gz`);
    const r = await runCli(['import', '--db', db, file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: is not valid gzip`);
    expect(r.stderr).not.toMatch(/unexpected error|\n\s+at /);
    expect(await teamCount(db)).toBe(0);
    // The intact file imports.
    expect((await runCli(['import', '--db', db, join(dir, 'ok.jsonl.gz')])).code).toBe(0);
    expect(await teamCount(db)).toBe(2);
  });

  it('an empty file (or a CSV with only its header) says "no records in FILE"', async () => {
    for (const name of ['empty.jsonl', 'blank.csv']) {
      const r = await runCli(['import', '--db', join(dir, 'empty.db'), join(dir, name)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain(`no records in ${join(dir, name)}`);
    }
  });

  it('a file stating one record twice is refused naming both lines; --last-wins lets the later one win', async () => {
    const db = join(dir, 'twice.db');
    const r = await runCli(['import', '--db', db, join(dir, 'twice.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'twice.jsonl')}:3: id: team "a" is already stated at line 1`);
    expect(await teamCount(db)).toBe(0);
    const ok = await runCli(['import', '--db', db, '--last-wins', join(dir, 'twice.jsonl'), '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).files[0].byKind).toEqual({ team: 2 });
    const names = readFileSync(join(dir, 'twice.jsonl'), 'utf8');
    expect(names).toContain('A again');
    const teamsOut = JSON.parse((await runCli(['teams', '--db', db, '--json'])).stdout).items;
    expect(teamsOut.find((t: { id: string }) => t.id === 'a').name).toBe('A again');
  });

  it('--help documents --last-wins', async () => {
    const r = await runCli(['import', '--help']);
    expect(r.stdout).toMatch(/--last-wins\s+when a file states one record twice/);
  });
});
