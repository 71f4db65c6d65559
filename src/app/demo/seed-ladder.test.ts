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

  it('publishes the FT ladder as `engineering` and places Amara (L4) on senior-1, next senior-2-ic', async () => {
    const published = await new LadderRepository(store.db).latestPublished();
    expect([published?.ladder.id, published?.version, published?.ladder.levels.length]).toEqual(['engineering', 1, 8]);
    const amara = demoPeople.find((p) => p.id === 'amara-okafor')!;
    const level = levelFor(published!.ladder, amara.level);
    expect(level?.id).toBe('senior-1');
    expect(nextLevel(published!.ladder, level!)?.id).toBe('senior-2-ic');
  });

  it('says whose text the ladder is — the Financial Times’, under the MIT licence — so Lumen does not pass it off as its own', async () => {
    const published = await new LadderRepository(store.db).latestPublished();
    expect(published?.ladder.source).toEqual({
      format: 'ft-yaml',
      title: 'Financial Times engineering progression',
      url: 'https://github.com/Financial-Times/engineering-progression',
      licence: 'MIT licence, © 2019 Financial Times',
    });
  });

  it('places every demo level, managers on the people-manager track', async () => {
    const { ladder } = (await new LadderRepository(store.db).latestPublished())!;
    const placed = ['L2', 'L3', 'L4', 'L5', 'L6', 'M1', 'M2', 'M3'].map((l) => levelFor(ladder, l)?.id);
    expect(placed).toEqual(['junior', 'engineer', 'senior-1', 'senior-2-ic', 'principal-ic', 'senior-2-pm', 'principal-pm', 'tech-director']);
    expect(nextLevel(ladder, levelFor(ladder, 'M1')!)?.id).toBe('principal-pm');
    for (const p of demoPeople.filter((x) => x.level !== undefined)) expect(levelFor(ladder, p.level), p.id).toBeDefined();
  });

  it('running the seeder again adds no version', async () => {
    await seedDemoLadder(store, { anchor: Date.UTC(2026, 2, 2), runtime: manualRuntime(Date.UTC(2026, 2, 3)) });
    expect(await new LadderRepository(store.db).versions('engineering')).toHaveLength(1);
  });
});
