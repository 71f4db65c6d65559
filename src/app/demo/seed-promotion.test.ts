import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStore, type TestStore } from '../../../test/dialects.js';
import { accountActor } from '../../core/access/actor.js';
import { promotionCaseMarkdown } from '../../core/promotion/export-markdown.js';
import { createDemo } from '../create-demo.js';
import { createDemoAccounts } from '../create-demo-accounts.js';
import { promotionCommitteeView } from '../promotion/committee-view.js';
import { readPromotionCase } from '../promotion/read-promotion-case.js';
import { dataAccess } from '../../store/data-access.js';
import { manualRuntime } from '../runtime.js';
import { createDemoPeople } from './create-demo-people.js';
import { meiMissingDimension, seedDemoPromotion } from './seed-promotion.js';
import { annualCycleId } from './seed-reviews.js';

/** The seeded promotion cases on the real demo organisation (generated once, on SQLite, like the demo reviews test). */
describe('demo promotion cases', () => {
  const anchor = Date.UTC(2026, 10, 2);
  const runtime = manualRuntime(anchor);
  let store: TestStore;
  const priya = accountActor({ accountId: 'x', personId: 'priya-raman', roles: ['calibrator', 'manager', 'engineer'] });

  beforeAll(async () => {
    store = await freshStore('sqlite');
    await createDemo(store, { seed: 42, scale: 'default', anchor, sliDays: 0 });
    await createDemoAccounts(store, runtime);
    await createDemoPeople(store, { anchor, runtime });
  }, 240_000);
  afterAll(async () => store?.dispose());

  it('Mei’s case argues for Staff Engineer across two periods, with exactly one dimension — scope and impact — uncovered', async () => {
    const read = await readPromotionCase({ data: dataAccess(store.db), runtime }, priya, annualCycleId, 'mei-lin');
    const c = read.case!;
    expect([c.person.level, c.target.name, c.examples.length]).toEqual(['L3', 'Staff Engineer', 3]);
    expect(c.coverage.dimensions.filter((d) => d.status !== 'evidenced').map((d) => [d.dimension.id, d.status])).toEqual([[meiMissingDimension, 'uncovered']]);
    expect([c.coverage.covered, c.coverage.total]).toEqual([5, 6]);
    expect(c.pattern.holds).toBe(true);
    expect(c.pattern.periods.length).toBeGreaterThanOrEqual(2);
    expect(promotionCaseMarkdown(c)).toContain('Not yet evidenced: Scope and impact.');
  });

  it('the committee sees Amara’s and Mei’s cases side by side by coverage, and seeding again adds nothing', async () => {
    const data = dataAccess(store.db);
    const view = await promotionCommitteeView({ data, runtime }, priya, annualCycleId);
    expect(view.cases.map((c) => [c.person.name, c.target.name, `${c.covered}/${c.total}`, c.pattern.holds])).toEqual([
      ['Amara Okafor', 'Senior Staff Engineer', '4/6', true],
      ['Mei Lin', 'Staff Engineer', '5/6', true],
    ]);
    await seedDemoPromotion(store, { anchor, runtime });
    expect((await data.promotionCases.forCycle(annualCycleId)).map((c) => c.examples.length)).toEqual([2, 3]);
  });
});
