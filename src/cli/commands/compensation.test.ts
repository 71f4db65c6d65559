import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../test/cli.js';
import { freshStore, type TestStore } from '../../../test/dialects.js';

let dir: string;
let store: TestStore;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'trellis-bands-cli-'));
  store = await freshStore('sqlite', join(dir, 'bands.db'));
});
afterAll(async () => {
  await store.dispose();
  rmSync(dir, { recursive: true, force: true });
});

// The import itself runs on both dialects in the route and core tests; this checks the command's contract.
describe('trellis compensation bands', () => {
  it('refuses a bad file with exit 2, naming line and column, and stores nothing; imports a good one and shows it', async () => {
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'level,track,currency,min,mid,max\nL4,ic,EUR,9,5,10\n');
    const refused = await runCli(['compensation', 'bands', 'import', bad, '--db', store.target]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('bad.csv:2: mid: min ≤ mid ≤ max does not hold (9, 5, 10)');
    expect(JSON.parse((await runCli(['compensation', 'bands', 'show', '--db', store.target, '--json'])).stdout).bands).toEqual([]);

    const good = join(dir, 'bands.csv');
    writeFileSync(good, 'level,track,currency,min,mid,max\nL4,ic,EUR,64000,74000,84000\n');
    const imported = await runCli(['compensation', 'bands', 'import', good, '--db', store.target]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toContain('Imported 1 band from bands.csv');
    const shown = JSON.parse((await runCli(['compensation', 'bands', 'show', '--db', store.target, '--json'])).stdout);
    expect(shown.bands).toEqual([{ level: 'L4', track: 'ic', currency: 'EUR', min: 64000, mid: 74000, max: 84000 }]);
  });
});
