import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureRepo } from './fixture-repo.test-helpers.js';
import { GitError, gitRecordBatches, gitRecords, recordSplitter, type GitRun } from './run-git.js';

const FORMAT = ['log', '--branches', '-z', '--format=%H%x1f%s'];

async function all(run: GitRun, each?: () => Promise<void>): Promise<string[]> {
  const out: string[] = [];
  for await (const batch of gitRecordBatches(run)) {
    out.push(...batch);
    await each?.();
  }
  return out;
}

describe('gitRecordBatches with the output spooled to a file', () => {
  let repo: FixtureRepo;
  let spoolDir: string;
  beforeAll(() => {
    repo = FixtureRepo.create();
    // Subjects with two-, three- and four-byte characters, so tiny reads cut through them.
    for (let i = 0; i < 40; i++) repo.commit(`Änderung ${i} — naïve 🚀 ${'x'.repeat(i)}`, `2024-01-01T00:${String(i).padStart(2, '0')}:00Z`);
    spoolDir = mkdtempSync(join(tmpdir(), 'trellis-spool-test-'));
  });
  afterAll(() => {
    repo.remove();
    rmSync(spoolDir, { recursive: true, force: true });
  });

  const piped = () => all({ repo: repo.dir, args: FORMAT, separator: '\0' });

  it('yields exactly what the pipe yields, even read 5 bytes at a time', async () => {
    const expected = await piped();
    expect(expected).toHaveLength(40);
    expect(expected[0]).toMatch(/^[0-9a-f]{40}\x1fÄnderung 39 — naïve 🚀 x{39}$/);
    const spooled = await all({ repo: repo.dir, args: FORMAT, separator: '\0', spool: true, spoolDir, readBytes: 5 });
    expect(spooled).toEqual(expected);
  });

  it('gets everything to a consumer much slower than git, and leaves no file behind', async () => {
    const expected = await piped();
    const slow = () => new Promise<void>((resolve) => setTimeout(resolve, 5));
    const spooled = await all({ repo: repo.dir, args: FORMAT, separator: '\0', spool: true, spoolDir, readBytes: 64 }, slow);
    expect(spooled).toEqual(expected);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('removes the file when the consumer stops early', async () => {
    for await (const batch of gitRecordBatches({ repo: repo.dir, args: FORMAT, separator: '\0', spool: true, spoolDir, readBytes: 64 })) {
      expect(batch.length).toBeGreaterThan(0);
      break;
    }
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it("reports git's own words when git fails, and removes the file", async () => {
    const run = { repo: repo.dir, args: ['log', '--no-such-option'], spool: true, spoolDir };
    await expect(all(run)).rejects.toThrow(GitError);
    await expect(all(run)).rejects.toThrow(/no-such-option/);
    expect(readdirSync(spoolDir)).toEqual([]);
  });

  it('falls back to the pipe when no spool file can be made', async () => {
    const notADir = join(spoolDir, 'plain-file');
    writeFileSync(notADir, '');
    try {
      expect(await all({ repo: repo.dir, args: FORMAT, separator: '\0', spool: true, spoolDir: notADir })).toEqual(await piped());
    } finally {
      rmSync(notADir);
    }
  });

  it('reads a git that prints nothing', async () => {
    const records: string[] = [];
    for await (const r of gitRecords({ repo: repo.dir, args: ['log', '--branches', '--max-count=0'], spool: true, spoolDir })) records.push(r);
    expect(records).toEqual([]);
  });
});

describe('recordSplitter', () => {
  it('gives the same records however the text is cut into chunks', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '\0', '\n', ' ', '🚀'), { maxLength: 80 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.nat(), { maxLength: 10 }), fc.constantFrom('\0', '\n'), (t, cuts, sep) => {
        const points = [...new Set(cuts.map((c) => c % (t.length + 1)))].sort((a, b) => a - b);
        const chunks = [0, ...points].map((from, i) => t.slice(from, [...points, t.length][i]));
        const split = recordSplitter(sep);
        const got = [...chunks.flatMap((c) => split.push(c)), ...split.end()];
        expect(got).toEqual(t.split(sep).filter((r) => r !== ''));
      }),
      { numRuns: 500 },
    );
  });
});
