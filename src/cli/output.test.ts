/**
 * The CLI never prints record data's control characters as themselves (issue 11, item 18): an
 * import error naming a hostile service, `trellis people` listing a hostile name, and JSON output
 * (still valid JSON with the same values). Every command prints through output.ts.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli.js';
import { jsonl } from '../../test/records.js';
import { safeJson, safeLine, safeText } from '../core/text/control-characters.js';

const hostile = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202eevil';
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-out-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** No ESC, BEL, CSI (8-bit) or bidi override left raw. */
const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/;

describe('the shared sanitiser', () => {
  it('shows every control character as \\uXXXX and keeps ordinary text', () => {
    expect(safeLine(`a${hostile}\nb`)).toBe('a\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eevil\\u000ab');
    expect(safeText('two\nlines\tand\r')).toBe('two\nlines\tand\\u000d');
    expect(safeLine('Zoë Ng — 東京')).toBe('Zoë Ng — 東京');
    const json = safeJson(JSON.stringify({ name: hostile }));
    expect(json).not.toMatch(raw);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });

  it('is the only way commands write to stdout and stderr', () => {
    const dirs = [join('src', 'cli'), join('src', 'cli', 'commands')];
    const offenders = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'output.ts' && f !== 'read-secret.ts')
        .filter((f) => /process\.stdout\.write|console\.(log|error|warn|info)/.test(readFileSync(join(d, f), 'utf8')))
        .map((f) => join(d, f)),
    );
    expect(offenders).toEqual([]);
  });
});

describe('trellis prints record data safely', () => {
  it('an import error naming a hostile service, people listing a hostile name, and --json', async () => {
    const db = join(dir, 'x.db');
    writeFileSync(join(dir, 'org.jsonl'), jsonl([{ kind: 'team', id: 't', name: 'T' }, { kind: 'person', id: 'p', name: `Mallory ${hostile}`, team: 't' }]));
    writeFileSync(join(dir, 'bad.jsonl'), jsonl([{ kind: 'deployment', id: 'd1', service: hostile, finishedAt: '2024-03-04T10:00:00Z' }]));
    expect((await runCli(['import', '--db', db, join(dir, 'org.jsonl')])).code).toBe(0);

    const bad = await runCli(['import', '--db', db, join(dir, 'bad.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('\\u001b]0;pwned\\u0007\\u001b[2J');
    expect(bad.stderr).not.toMatch(raw);

    const people = await runCli(['people', '--db', db]);
    expect(people.code).toBe(0);
    expect(people.stdout).toContain('Mallory \\u001b]0;pwned');
    expect(people.stdout).not.toMatch(raw);

    const json = await runCli(['people', '--db', db, '--json']);
    expect(json.stdout).not.toMatch(raw);
    expect(JSON.parse(json.stdout).items.find((p: { id: string }) => p.id === 'p').name).toBe(`Mallory ${hostile}`);

    const exported = await runCli(['export', '--db', db]);
    expect(exported.stdout).not.toMatch(raw);
    expect(exported.stdout.trim().split('\n').map((l) => JSON.parse(l)).find((r) => r.id === 'p').name).toBe(`Mallory ${hostile}`);
  });
});
