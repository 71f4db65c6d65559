import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { demoPeople } from '../../core/demo/lumen.js';
import { levelFor, nextLevel } from '../../core/ladder/level-lookup.js';
import { LadderRepository } from '../../store/ladder-repository.js';
import { manualRuntime } from '../runtime.js';
import { seedDemoLadder } from './seed-ladder.js';

describeEachDialect('demo ladder', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedDemoLadder(store, { anchor: Date.UTC(2026, 2, 2), runtime: manualRuntime(Date.UTC(2026, 2, 2)) });
  });
  afterEach(async () => store.dispose());

  it('publishes the Trellis default ladder as `engineering` and places Amara (L4) on Staff Engineer, next Senior Staff', async () => {
    const published = await new LadderRepository(store.db).latestPublished();
    expect([published?.ladder.id, published?.version, published?.ladder.levels.length, published?.ladder.dimensions.length]).toEqual(['engineering', 1, 6, 6]);
    const amara = demoPeople.find((p) => p.id === 'amara-okafor')!;
    const level = levelFor(published!.ladder, amara.level);
    expect(level?.id).toBe('l4');
    expect(nextLevel(published!.ladder, level!)?.id).toBe('l5');
  });

  it('is Trellis’s own text: no other organisation’s name or licence on it', async () => {
    const published = await new LadderRepository(store.db).latestPublished();
    expect(published?.ladder.source).toMatchObject({ format: 'native' });
    expect(published?.ladder.source?.licence).toBeUndefined();
  });

  it('places every demo level, managers beside the staff levels', async () => {
    const { ladder } = (await new LadderRepository(store.db).latestPublished())!;
    const placed = ['L2', 'L3', 'L4', 'L5', 'L6', 'M1', 'M2', 'M3'].map((l) => levelFor(ladder, l)?.id);
    expect(placed).toEqual(['l2', 'l3', 'l4', 'l5', 'l6', 'l4', 'l5', 'l6']);
    for (const p of demoPeople.filter((x) => x.level !== undefined)) expect(levelFor(ladder, p.level), p.id).toBeDefined();
  });

  it('running the seeder again adds no version', async () => {
    await seedDemoLadder(store, { anchor: Date.UTC(2026, 2, 2), runtime: manualRuntime(Date.UTC(2026, 2, 3)) });
    expect(await new LadderRepository(store.db).versions('engineering')).toHaveLength(1);
  });
});
