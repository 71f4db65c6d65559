import { describe, expect, it } from 'vitest';
import { useSeededDemo } from '../../../test/seeded-demo.js';
import { accountActor } from '../../core/access/actor.js';
import { promotionCaseMarkdown } from '../../core/promotion/export-markdown.js';
import { promotionCommitteeView } from '../promotion/committee-view.js';
import { readPromotionCase } from '../promotion/read-promotion-case.js';
import { createDemoPeople } from './create-demo-people.js';
import { meiMissingDimension, seedDemoPromotion } from './seed-promotion.js';
import { annualCycleId } from './seed-reviews.js';

/** The seeded promotion cases on the real demo organisation (generated once, on SQLite, like the demo reviews test). */
describe('demo promotion cases', () => {
  const demo = useSeededDemo([createDemoPeople]);
  const { anchor, runtime } = demo;
  const priya = accountActor({ accountId: 'x', personId: 'priya-raman', roles: ['calibrator', 'manager', 'engineer'] });

  it('Mei’s case argues for Staff Engineer across two periods, with exactly one dimension — scope and impact — uncovered', async () => {
    const read = await readPromotionCase({ data: demo.data(), runtime }, priya, annualCycleId, 'mei-lin');
    const c = read.case!;
    expect([c.person.level, c.target.name, c.examples.length]).toEqual(['L3', 'Staff Engineer', 3]);
    expect(c.coverage.dimensions.filter((d) => d.status !== 'evidenced').map((d) => [d.dimension.id, d.status])).toEqual([[meiMissingDimension, 'uncovered']]);
    expect([c.coverage.covered, c.coverage.total]).toEqual([5, 6]);
    expect(c.pattern.holds).toBe(true);
    expect(c.pattern.periods.length).toBeGreaterThanOrEqual(2);
    expect(promotionCaseMarkdown(c)).toContain('Not yet evidenced: Scope and impact.');
  });

  it('the committee sees Amara’s and Mei’s cases side by side by coverage, and seeding again adds nothing', async () => {
    const data = demo.data();
    const view = await promotionCommitteeView({ data, runtime }, priya, annualCycleId);
    expect(view.cases.map((c) => [c.person.name, c.target.name, `${c.covered}/${c.total}`, c.pattern.holds])).toEqual([
      ['Amara Okafor', 'Senior Staff Engineer', '4/6', true],
      ['Mei Lin', 'Staff Engineer', '5/6', true],
    ]);
    await seedDemoPromotion(demo.store(), { anchor, runtime });
    expect((await data.promotionCases.forCycle(annualCycleId)).map((c) => c.examples.length)).toEqual([2, 3]);
  });
});
