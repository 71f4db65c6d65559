import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { tagDeployments } from '../sources/git/deploy-tags.js';
import { FixtureRepo } from '../sources/git/fixture-repo.test-helpers.js';
import { ingestRecords } from '../sources/git/git-records.js';
import { readRefs } from '../sources/git/refs.js';
import { importRecords } from './import-records.js';
import { ingestGit } from './ingest-git.js';

/** Merges, a revert, an author-less commit, a baseline tag and two later deployment tags. */
function buildRepo(): FixtureRepo {
  const r = FixtureRepo.create();
  r.commit('c1', '2024-03-04T09:00:00Z', '2024-03-04T08:00:00Z', 'amara@example.com');
  const c2 = r.commit('c2', '2024-03-04T10:00:00Z');
  r.tag('v1', c2);
  r.git(['checkout', '-q', '-b', 'feature']);
  r.commit('f1', '2024-03-04T11:00:00Z', '2024-03-04T11:00:00Z', '');
  r.git(['checkout', '-q', 'main']);
  const c3 = r.commit('c3', '2024-03-04T12:00:00Z');
  r.git(['merge', '-q', '--no-ff', '-m', 'Merge feature', 'feature'], '2024-03-04T13:00:00Z');
  r.tag('v2', 'HEAD', '2024-03-05T09:00:00Z');
  r.git(['revert', '--no-edit', c3], '2024-03-06T14:00:00Z');
  r.tag('v3', 'HEAD', '2024-03-07T09:00:00Z');
  return r;
}

let repo: FixtureRepo;
beforeAll(() => {
  repo = buildRepo();
});
afterAll(() => repo.remove());

describeEachDialect('ingestGit trusted write path', (dialect) => {
  let fast: TestStore;
  let validated: TestStore;
  beforeEach(async () => {
    [fast, validated] = [await freshStore(dialect), await freshStore(dialect)];
    for (const s of [fast, validated]) {
      await s.db.transaction().execute(async (trx) => {
        await trx.insertInto('teams').values({ id: 't', name: 'T', parent: null, timezone: null }).execute();
        await trx.insertInto('services').values({ id: 's', name: 'S', team: 't' }).execute();
      });
    }
  });
  afterEach(async () => {
    await fast.dispose();
    await validated.dispose();
  });

  async function rows(store: TestStore) {
    return {
      changes: await store.db.selectFrom('changes').selectAll().orderBy('id').execute(),
      deployments: await store.db.selectFrom('deployments').selectAll().orderBy('id').execute(),
      links: await store.db.selectFrom('deployment_changes').selectAll().orderBy('deployment').orderBy('change').execute(),
    };
  }

  it('writes exactly the rows the validated import writes for the same records', async () => {
    await ingestGit(fast, { path: repo.dir, service: 's', deployTags: '^v' });

    const refs = await readRefs(repo.dir);
    const deployments = tagDeployments(refs.tags, /^v/, 's', 'production');
    const counts = { commits: 0, merges: 0, reverts: 0, deployments: 0 };
    const plan = { repo: repo.dir, service: 's', environment: 'production', from: refs.tips, exclude: [], deployments, writeFrom: 0 };
    await importRecords(validated, { name: 'git', records: ingestRecords(plan, counts) });

    const [a, b] = [await rows(fast), await rows(validated)];
    expect(a.changes).toHaveLength(6);
    expect(a.deployments).toHaveLength(3);
    // A first run: changes name their deployment (v2 ships three, v3 the revert), no links.
    expect(a.changes.filter((c) => c.deployment !== null).map((c) => c.deployment).sort()).toEqual(['git:s:production:v2', 'git:s:production:v2', 'git:s:production:v2', 'git:s:production:v3']);
    expect(a.links).toEqual([]);
    expect(a.changes.some((c) => c.author === null)).toBe(true);
    expect(a.changes.filter((c) => c.revert_of !== null)).toHaveLength(1);
    expect(a).toEqual(b);
  });
});
