import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { FixtureRepo } from '../sources/git/fixture-repo.test-helpers.js';
import { readRecords } from '../store/record-reader.js';
import { ingestGit } from './ingest-git.js';

let origin: FixtureRepo;
let shas: string[];
beforeAll(() => {
  origin = FixtureRepo.create();
  shas = ['a', 'b', 'c', 'd'].map((m, i) => origin.commit(m, `2024-05-0${i + 1}T09:00:00Z`));
  origin.tag('v1', shas[1]!, '2024-05-02T12:00:00Z');
  origin.tag('v2', shas[3]!, '2024-05-04T12:00:00Z');
  origin.git(['config', 'uploadpack.allowFilter', 'true']);
});
afterAll(() => origin.remove());

function clone(flags: string[]): string {
  const dir = join(origin.dir, '..', `clone-${flags.join('').replace(/\W/g, '')}`);
  rmSync(dir, { recursive: true, force: true });
  execFileSync('git', ['clone', '-q', ...flags, `file://${origin.dir}`, dir], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null' } });
  return dir;
}

describeEachDialect('ingestGit on partial clones and broken repositories', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
      await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
    });
  });
  afterEach(() => store.dispose());

  async function count(kind: 'change' | 'deployment'): Promise<number> {
    let n = 0;
    for await (const _ of readRecords(store.db, [kind])) n++;
    return n;
  }

  it('a shallow clone ingests what it has; parents beyond the boundary are skipped', async () => {
    const dir = clone(['--depth', '1', '--no-single-branch']);
    const summary = await ingestGit(store, { path: dir, service: 's', deployTags: '^v' });
    expect(summary.commits).toBeGreaterThanOrEqual(1);
    expect(await count('change')).toBe(summary.commits);
  });

  it('a blobless partial clone ingests every commit without fetching blobs', async () => {
    const dir = clone(['--filter=blob:none', '--no-checkout']);
    const summary = await ingestGit(store, { path: dir, service: 's', deployTags: '^v' });
    expect(summary).toMatchObject({ commits: 4, deployments: 2 });
  });

  it('a repository with a missing commit object gives a clear error and stores nothing', async () => {
    // Explode the clone's pack into loose objects, then remove commit a's (the root).
    const dir = clone(['--no-local']);
    const packs = join(dir, '..', 'packs');
    rmSync(packs, { recursive: true, force: true });
    renameSync(join(dir, '.git', 'objects', 'pack'), packs);
    for (const f of readdirSync(packs).filter((n) => n.endsWith('.pack'))) {
      execFileSync('git', ['-C', dir, 'unpack-objects', '-q'], { input: readFileSync(join(packs, f)) });
    }
    const b = shas[0]!; // not a tip: git log fails part-way through the history
    rmSync(join(dir, '.git', 'objects', b.slice(0, 2), b.slice(2)));
    const err = await ingestGit(store, { path: dir, service: 's', deployTags: '^v' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/reading .* with git failed; nothing was stored\. git said: .+/) });
    expect(await count('change')).toBe(0);
  });

  it('a tip read last time and gone since (force-push, gc) does not stop the next run', async () => {
    const dir = clone(['--no-local']);
    await ingestGit(store, { path: dir, service: 's', deployTags: '^v' });
    const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_AUTHOR_NAME: 'A', GIT_AUTHOR_EMAIL: 'a@x', GIT_COMMITTER_NAME: 'A', GIT_COMMITTER_EMAIL: 'a@x', GIT_COMMITTER_DATE: '2024-06-01T00:00:00Z', GIT_AUTHOR_DATE: '2024-06-01T00:00:00Z' } });
    git('remote', 'remove', 'origin');
    git('tag', '-d', 'v2');
    git('reset', '-q', '--hard', 'HEAD~1');
    git('reflog', 'expire', '--expire=now', '--all');
    git('gc', '-q', '--prune=now');
    expect(() => git('cat-file', '-e', shas[3]!)).toThrow(); // d is really gone
    git('commit', '-q', '--allow-empty', '-m', 'e');
    const summary = await ingestGit(store, { path: dir, service: 's', deployTags: '^v' });
    // e, and c again: of the old tips only b (v1) is left to exclude. Re-reading c is a harmless upsert.
    expect(summary).toMatchObject({ commits: 2, deployments: 0 });
  });
});
