import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import type { Ladder } from '../core/ladder/model.js';
import { dataAccess } from './data-access.js';
import { LadderRepository } from './ladder-repository.js';

function ladder(id: string, name: string, summary = 'Ships small changes'): Ladder {
  return {
    id,
    name,
    cumulative: true,
    levels: [{ id: 'l1', name: 'Level 1', rank: 1 }, { id: 'l2', name: 'Level 2', rank: 2 }],
    dimensions: [{ id: 'scope', name: 'Scope' }],
    cells: [{ level: 'l1', dimension: 'scope', entries: [{ summary, examples: ['a release note'] }] }],
  };
}

describeEachDialect('ladder repository', (dialect) => {
  let store: TestStore;
  let repo: LadderRepository;
  beforeEach(async () => {
    store = await freshStore(dialect);
    repo = new LadderRepository(store.db);
  });
  afterEach(async () => store.dispose());

  it('numbers versions per ladder and reads them back whole', async () => {
    expect(await repo.insertVersion({ ladder: ladder('eng', 'Engineering'), publishedAt: 1_000, createdAt: 1_000, createdBy: null })).toBe(1);
    expect(await repo.insertVersion({ ladder: ladder('eng', 'Engineering 2'), publishedAt: null, createdAt: 2_000, createdBy: 'acc-1' })).toBe(2);
    expect(await repo.insertVersion({ ladder: ladder('data', 'Data'), publishedAt: null, createdAt: 3_000, createdBy: null })).toBe(1);
    const v2 = await repo.get('eng', 2);
    expect(v2).toEqual({ ladder: ladder('eng', 'Engineering 2'), version: 2, publishedAt: null, createdAt: 2_000, createdBy: 'acc-1' });
    expect(await repo.get('eng', 3)).toBeUndefined();
    expect(await repo.list()).toEqual([
      { id: 'data', name: 'Data', latestVersion: 1, latestPublishedVersion: null, versions: 1 },
      { id: 'eng', name: 'Engineering 2', latestVersion: 2, latestPublishedVersion: 1, versions: 2 },
    ]);
    expect((await repo.versions('eng')).map((v) => [v.version, v.publishedAt])).toEqual([[1, 1_000], [2, null]]);
  });

  it('latestPublished skips drafts; without an id it gives the most recently published ladder', async () => {
    expect(await repo.latestPublished()).toBeUndefined();
    await repo.insertVersion({ ladder: ladder('eng', 'Engineering'), publishedAt: 1_000, createdAt: 1_000, createdBy: null });
    await repo.insertVersion({ ladder: ladder('eng', 'Engineering next'), publishedAt: null, createdAt: 2_000, createdBy: null });
    expect((await repo.latestPublished('eng'))?.version).toBe(1);
    expect((await repo.latestPublished())?.ladder.id).toBe('eng');
    await repo.insertVersion({ ladder: ladder('data', 'Data'), publishedAt: 5_000, createdAt: 5_000, createdBy: null });
    expect((await repo.latestPublished())?.ladder.id).toBe('data');
    expect((await repo.latestPublished('eng'))?.ladder.name).toBe('Engineering');
    expect(await repo.latestPublished('nope')).toBeUndefined();
  });

  it('publishes a draft once; a published version never changes and an edit makes the next version', async () => {
    await repo.insertVersion({ ladder: ladder('eng', 'Engineering'), publishedAt: null, createdAt: 1_000, createdBy: null });
    expect(await repo.saveDraft(ladder('eng', 'Engineering', 'edited draft'), 1_500, 'acc-1')).toBe(1);
    expect((await repo.get('eng', 1))?.ladder.cells[0]?.entries[0]?.summary).toBe('edited draft');
    expect(await repo.publish('eng', 1, 2_000)).toBe('published');
    expect(await repo.publish('eng', 1, 3_000)).toBe('already-published');
    expect(await repo.publish('eng', 9, 3_000)).toBe('not-found');
    expect((await repo.get('eng', 1))?.publishedAt).toBe(2_000);
    expect(await repo.saveDraft(ladder('eng', 'Engineering', 'after publication'), 4_000, 'acc-2')).toBe(2);
    expect((await repo.get('eng', 1))?.ladder.cells[0]?.entries[0]?.summary).toBe('edited draft');
    expect((await repo.get('eng', 2))?.publishedAt).toBeNull();
  });

  it('rolls back with the transaction it ran in', async () => {
    const data = dataAccess(store.db);
    await expect(
      data.transaction(async (r) => {
        await r.ladders.insertVersion({ ladder: ladder('eng', 'Engineering'), publishedAt: 1, createdAt: 1, createdBy: null });
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await data.ladders.list()).toEqual([]);
  });
});
