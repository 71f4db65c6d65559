import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { FixtureRepo } from '../sources/git/fixture-repo.test-helpers.js';
import { readRecords } from '../store/record-reader.js';
import { ingestGit, type IngestGitOptions } from './ingest-git.js';

/** c1 ← c2 (v1.0) ← c3 ← m1 (merges f1) ← r1 (reverts c3; v2.0, vX, release-2) ← c4; branch other: c2 ← o1. */
function buildRepo() {
  const r = FixtureRepo.create();
  const c1 = r.commit('c1', '2024-03-04T09:00:00Z', '2024-03-04T08:00:00Z', 'amara@example.com');
  const c2 = r.commit('c2', '2024-03-04T10:00:00Z');
  r.tag('v1.0', c2); // lightweight: deployed at c2's committer date
  r.git(['checkout', '-q', '-b', 'feature']);
  const f1 = r.commit('f1', '2024-03-04T11:00:00Z');
  r.git(['checkout', '-q', 'main']);
  const c3 = r.commit('c3', '2024-03-04T12:00:00Z');
  r.tag('nightly', c3);
  r.git(['merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature'], '2024-03-04T13:00:00Z');
  const m1 = r.git(['rev-parse', 'HEAD']);
  r.git(['revert', '--no-edit', c3], '2024-03-04T14:00:00Z');
  const r1 = r.git(['rev-parse', 'HEAD']);
  r.tag('v2.0', r1, '2024-03-05T09:00:00Z');
  r.tag('vX', r1, '2024-03-05T10:00:00Z'); // second matching tag on the same commit: not a deployment
  r.tag('release-2', r1, '2024-03-05T08:00:00Z'); // earlier, but does not match
  const c4 = r.commit('c4', '2024-03-06T09:00:00Z');
  r.git(['checkout', '-q', '-b', 'other', c2]);
  const o1 = r.commit('o1', '2024-03-05T12:00:00Z');
  r.git(['checkout', '-q', 'main']);
  return { r, c1, c2, f1, c3, m1, r1, c4, o1 };
}

let repo: ReturnType<typeof buildRepo>;
beforeAll(() => {
  repo = buildRepo();
});
afterAll(() => repo.r.remove());

describeEachDialect('ingestGit', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await store.db.transaction().execute(async (trx) => {
      await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
      await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
    });
  });
  afterEach(() => store.dispose());

  const opts = (path: string): IngestGitOptions => ({ path, service: 's', deployTags: '^v', now: () => Date.parse('2024-04-01T00:00:00Z') });
  async function stored(from: TestStore = store) {
    const all = [];
    for await (const rec of readRecords(from.db, ['change', 'deployment'])) all.push(rec);
    const changes = new Map(all.flatMap((c) => (c.kind === 'change' ? [[c.id, c] as const] : [])));
    const deployments = all.flatMap((d) => (d.kind === 'deployment' ? [d] : []));
    // What each deployment ships, whichever way the records say it: its changes[] or changes
    // naming it (the metrics take both as the same statement).
    const shipped = new Map(deployments.map((d) => [d.id, [...(d.changes ?? []), ...[...changes.values()].filter((c) => c.deployment === d.id).map((c) => c.id)].sort()]));
    return { changes, deployments, shipped };
  }

  it('reads every commit of branches and tags, merges, reverts, and tag deployments with their changes', async () => {
    const { r, c1, c2, f1, c3, m1, r1, c4, o1 } = repo;
    const summary = await ingestGit(store, opts(r.dir));
    expect(summary).toEqual({ commits: 8, merges: 1, reverts: 1, deployments: 2, newSince: null, nothingNew: false });
    const { changes, deployments, shipped } = await stored();
    expect([...changes.keys()].sort()).toEqual([c1, c2, f1, c3, m1, r1, c4, o1].sort());
    expect(changes.get(c1)).toEqual({
      kind: 'change', id: c1, service: 's', committedAt: '2024-03-04T09:00:00.000Z', authoredAt: '2024-03-04T08:00:00.000Z', author: 'amara@example.com', isMerge: false,
    });
    expect(changes.get(m1)).toMatchObject({ isMerge: true });
    expect(changes.get(r1)).toMatchObject({ isMerge: false, revertOf: c3, deployment: 'git:s:production:v2.0' });
    expect([...changes.values()].filter((c) => c.kind === 'change' && (c.isMerge || c.revertOf)).length).toBe(2);
    expect(deployments).toEqual([
      { kind: 'deployment', id: 'git:s:production:v1.0', service: 's', environment: 'production', status: 'success', finishedAt: '2024-03-04T10:00:00.000Z', commit: c2 },
      { kind: 'deployment', id: 'git:s:production:v2.0', service: 's', environment: 'production', status: 'success', finishedAt: '2024-03-05T09:00:00.000Z', commit: r1 },
    ]);
    // A first run: each change names the deployment that shipped it. The baseline is named by
    // none (its history gets no lead time); c4 and o1 are not deployed.
    expect(shipped).toEqual(new Map([
      ['git:s:production:v1.0', []],
      ['git:s:production:v2.0', [f1, c3, m1, r1].sort()],
    ]));
    expect([c1, c2, c4, o1].map((id) => changes.get(id)?.kind === 'change' && changes.get(id)?.deployment)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('reads nothing on an unchanged repository, then only what is new', async () => {
    const fresh = buildRepo();
    try {
      const first = await ingestGit(store, opts(fresh.r.dir));
      expect(first.commits).toBe(8);
      const again = await ingestGit(store, { ...opts(fresh.r.dir), now: () => 0 });
      expect(again).toEqual({ commits: 0, merges: 0, reverts: 0, deployments: 0, newSince: '2024-04-01T00:00:00.000Z', nothingNew: true });

      const c5 = fresh.r.commit('c5', '2024-03-07T09:00:00Z');
      fresh.r.tag('v3.0', c5, '2024-03-07T12:00:00Z');
      fresh.r.tag('v2.5', fresh.o1); // on a commit read by the first run, not deployed yet
      const third = await ingestGit(store, opts(fresh.r.dir));
      expect(third).toMatchObject({ commits: 1, merges: 0, reverts: 0, deployments: 2, nothingNew: false });
      const { changes, deployments, shipped } = await stored();
      expect(changes.size).toBe(9);
      // Deployments of a later run list what they ship (rev-list); the first run's stay named.
      expect(deployments.map((d) => [d.id, d.finishedAt, d.changes])).toEqual([
        ['git:s:production:v1.0', '2024-03-04T10:00:00.000Z', undefined],
        ['git:s:production:v2.0', '2024-03-05T09:00:00.000Z', undefined],
        ['git:s:production:v2.5', '2024-03-05T12:00:00.000Z', [fresh.o1]],
        ['git:s:production:v3.0', '2024-03-07T12:00:00.000Z', [fresh.c4, c5].sort()],
      ]);
      expect(shipped.get('git:s:production:v2.0')).toEqual([fresh.f1, fresh.c3, fresh.m1, fresh.r1].sort());

      // Incremental runs agree with one full run over the final repository.
      const other = await freshStore(dialect);
      try {
        await other.db.transaction().execute(async (trx) => {
          await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
          await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
        });
        await ingestGit(other, opts(fresh.r.dir));
        const [full, incremental] = [await stored(other), await stored(store)];
        expect(full.shipped).toEqual(incremental.shipped);
        const withoutNames = (m: typeof full.changes) => [...m.values()].map((c) => ({ ...c, deployment: undefined }));
        expect(withoutNames(full.changes)).toEqual(withoutNames(incremental.changes));
        expect(full.deployments.map((d) => ({ ...d, changes: undefined }))).toEqual(incremental.deployments.map((d) => ({ ...d, changes: undefined })));
      } finally {
        await other.dispose();
      }
    } finally {
      fresh.r.remove();
    }
  });

  it('skewed commit dates that put a parent before its child in the log still give each commit to the right deployment', async () => {
    // p ← x (main, v2) and p ← y (side, v1), y committed "before" its parent p by a skewed clock.
    // git's default order prints x, p, then y: p before its child y.
    const r = FixtureRepo.create();
    try {
      r.commit('root', '2024-03-04T08:00:00Z');
      const p = r.commit('p', '2024-03-04T09:00:00Z');
      const x = r.commit('x', '2024-03-04T10:00:00Z');
      r.git(['checkout', '-q', '-b', 'side', p]);
      const y = r.commit('y', '2024-03-04T05:00:00Z');
      r.tag('v1', y, '2024-03-05T08:00:00Z');
      r.tag('v2', x, '2024-03-05T09:00:00Z');
      const printed = r.git(['log', '--branches', '--tags', '--format=%H']).split('\n');
      expect(printed.indexOf(p)).toBeLessThan(printed.indexOf(y)); // the case this test is about

      const summary = await ingestGit(store, opts(r.dir));
      expect(summary).toMatchObject({ commits: 4, deployments: 2 });
      // v1 (the baseline) reaches p first: v2 ships x alone, not p.
      expect((await stored()).shipped).toEqual(new Map([
        ['git:s:production:v1', []],
        ['git:s:production:v2', [x]],
      ]));
    } finally {
      r.remove();
    }
  });

  it('a tag moved to an older commit ships only what that commit reaches: the names changes gave it are cleared', async () => {
    const fresh = buildRepo();
    try {
      await ingestGit(store, opts(fresh.r.dir));
      expect((await stored()).shipped.get('git:s:production:v2.0')).toEqual([fresh.f1, fresh.c3, fresh.m1, fresh.r1].sort());
      fresh.r.git(['tag', '-f', '-a', '-m', 'v2.0', 'v2.0', fresh.c3], '2024-03-05T09:00:00Z');
      const again = await ingestGit(store, opts(fresh.r.dir));
      // vX, on v2.0's old commit, is a deployment of its own now.
      expect(again).toMatchObject({ commits: 0, deployments: 2, nothingNew: false });
      const { shipped, changes } = await stored();
      expect(shipped.get('git:s:production:v2.0')).toEqual([fresh.c3]);
      expect(shipped.get('git:s:production:vX')).toEqual([fresh.f1, fresh.m1, fresh.r1].sort());
      expect([fresh.f1, fresh.m1, fresh.r1].map((id) => changes.get(id)?.kind === 'change' && changes.get(id)?.deployment)).toEqual([undefined, undefined, undefined]);
    } finally {
      fresh.r.remove();
    }
  });

  it("refuses a repository whose commits are another service's changes, and stores nothing; --take-over moves them", async () => {
    await store.db.insertInto('services').values({ id: 's2', name: 'S2', team: 't' }).execute();
    const clone = FixtureRepo.create();
    try {
      await ingestGit(store, opts(repo.r.dir));
      const before = await stored();
      // The same repository for another service (known from the first run's state) …
      await expect(ingestGit(store, { ...opts(repo.r.dir), service: 's2' })).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringContaining(`it was ingested for service "s". A commit is one change of one service`),
      });
      // … and another clone of it, known by its tips being s's changes.
      clone.git(['fetch', '-q', '--update-head-ok', '--tags', repo.r.dir, '+refs/heads/*:refs/heads/*']);
      await expect(ingestGit(store, { ...opts(clone.dir), service: 's2' })).rejects.toMatchObject({
        code: 'BAD_INPUT',
        message: expect.stringMatching(/its commit [0-9a-f]{40} is already a change of service "s"\..*Nothing was stored/),
      });
      expect(await stored()).toEqual(before);
      expect(await store.db.selectFrom('deployments').select('id').where('service', '=', 's2').execute()).toEqual([]);
      // Moving them on purpose (a renamed service).
      const moved = await ingestGit(store, { ...opts(repo.r.dir), service: 's2', takeOver: true });
      expect(moved).toMatchObject({ commits: 8, deployments: 2 });
      const after = await stored();
      expect([...after.changes.values()].every((c) => c.kind === 'change' && c.service === 's2')).toBe(true);
    } finally {
      clone.remove();
    }
  });

  it('says clearly when the service does not exist or the path is not a repository', async () => {
    await expect(ingestGit(store, { ...opts(repo.r.dir), service: 'nope' })).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('service "nope" does not exist') });
    await expect(ingestGit(store, opts('/'))).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('/ is not a git repository') });
    await expect(ingestGit(store, { ...opts(repo.r.dir), deployTags: '(' })).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });
});
