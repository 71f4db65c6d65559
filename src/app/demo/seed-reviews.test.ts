import { describe, expect, it } from 'vitest';
import { useSeededDemo } from '../../../test/seeded-demo.js';
import { accountActor } from '../../core/access/actor.js';
import { listFairnessFlags } from '../reviews/fairness-flags.js';
import { readRatings } from '../reviews/read-ratings.js';
import { annualCycleId, checkInCycleId, seedDemoReviews } from './seed-reviews.js';
import { seedDemoEvidence } from './seed-evidence.js';
import { seedDemoFeedback } from './seed-feedback.js';
import { lintFeedback } from '../../core/feedback/index.js';
import { receivedFeedback } from '../feedback/read-feedback.js';

/**
 * The seeded reviews on the real demo organisation. The generator is the slow part, so this runs
 * once, on SQLite; the review repositories are tested on both dialects in
 * src/store/review-repositories.test.ts.
 */
describe('demo reviews', () => {
  const demo = useSeededDemo([seedDemoEvidence, seedDemoReviews, seedDemoFeedback]);
  const { anchor, runtime } = demo;
  const priya = accountActor({ accountId: 'x', personId: 'priya-raman', roles: ['calibrator', 'manager', 'engineer'] });

  it('publishes the five-signal rubric as Priya, and runs a shared check-in and the 2026 annual review in writing', async () => {
    const data = demo.data();
    const rubric = await data.rubrics.latestPublished();
    expect(rubric).toMatchObject({ id: 'engineering', version: 1, publishedAt: anchor - 150 * 86_400_000 });
    expect((await data.accounts.get(rubric!.publishedBy!))?.email).toBe('priya@lumen.example');
    expect((await data.cycles.get(checkInCycleId))?.state).toBe('shared');
    const annual = await data.cycles.get(annualCycleId);
    expect([annual?.name, annual?.kind, annual?.state, annual?.rubric]).toEqual(['2026 annual review', 'annual', 'writing', { id: 'engineering', version: 1 }]);
    expect(annual?.deadlines).toEqual({ selfReview: Date.UTC(2026, 10, 16), managerReview: Date.UTC(2026, 10, 30), calibration: Date.UTC(2026, 11, 14), sharing: Date.UTC(2026, 11, 28) });
  });

  it('flags Greg Hale’s needs-support rating (no earlier feedback) and not Jonas Weber’s (feedback shared months before)', async () => {
    const flags = await listFairnessFlags({ data: demo.data(), runtime }, priya, annualCycleId);
    const greg = (await demo.data().org.listPeople({ manager: 'greg-hale', limit: 50, offset: 0 })).items.map((p) => p.id);
    expect(flags).toHaveLength(1);
    expect(greg).toContain(flags[0]!.person);
    expect(flags[0]).toMatchObject({ signal: 'collaboration', reason: 'No feedback on this signal was shared with the engineer before the rating.' });
    const jonas = await readRatings({ data: demo.data(), runtime }, priya, annualCycleId, 'jonas-weber');
    expect(jonas.ratings).toEqual([expect.objectContaining({ signal: 'growth-at-level', value: 'needs support' })]);
    expect(jonas.flags).toEqual([]);
  });

  it('has Sofia Rossi’s ratings of Amara with rationales citing evidence', async () => {
    const amara = await readRatings({ data: demo.data(), runtime }, priya, annualCycleId, 'amara-okafor');
    expect(amara.ratings.map((r) => [r.signal, r.value])).toEqual([
      ['collaboration', 'strong at level'],
      ['delivery-impact', 'strong at level'],
      ['reliability-impact', 'exceeds'],
    ]);
    // Every citation is an item of Amara's living document in the cycle's period.
    const items = await demo.data().evidence.listEvidence('amara-okafor', { from: Date.UTC(2026, 0, 1), to: Date.UTC(2027, 0, 1) });
    for (const r of amara.ratings) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const id of r.evidence) expect(items.map((i) => i.id)).toContain(id);
    }
    expect(amara.cited.map((c) => c.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Rollout automation/), expect.stringMatching(/^Alert tuning/)]));
  });

  it('running the seeder again adds nothing', async () => {
    await seedDemoReviews(demo.store(), { anchor, runtime });
    expect(await demo.data().rubrics.versions('engineering')).toHaveLength(1);
    expect(await demo.data().cycles.list()).toHaveLength(2);
  });

  it('seeds feedback in the annual review: specific peer answers on Amara, Greg’s vague feedback the lint flags, open requests, withheld anonymous upward answers', async () => {
    const data = demo.data();
    const amara = accountActor({ accountId: 'a', personId: 'amara-okafor', roles: ['engineer'] });
    const own = await receivedFeedback({ data, runtime }, amara, 'amara-okafor');
    expect(own.includesPrivate).toBe(false);
    expect(own.items.map((f) => f.kind).sort()).toEqual(['manager', 'peer', 'peer', 'praise']);
    expect(JSON.stringify(own)).not.toContain('incident-commander');
    const sofia = accountActor({ accountId: 's', personId: 'sofia-rossi', roles: ['manager', 'engineer'], reportingLine: (await data.org.listPeople({ manager: 'sofia-rossi', limit: 50, offset: 0 })).items.map((p) => p.id) });
    const managers = await receivedFeedback({ data, runtime }, sofia, 'amara-okafor');
    expect(managers.items.filter((f) => f.visibility === 'private-to-manager')).toHaveLength(1);
    for (const f of own.items.filter((x) => x.kind === 'peer')) expect(lintFeedback(f.text)).toEqual([]);
    const greg = (await data.org.listPeople({ manager: 'greg-hale', limit: 50, offset: 0 })).items.map((p) => p.id).sort();
    const gregs = (await data.sharedFeedback.forPerson(greg[0]!)).filter((f) => f.author !== null);
    expect(gregs.length).toBeGreaterThan(0);
    expect(lintFeedback(gregs.map((f) => f.text).join(' ')).map((f) => f.rule)).toEqual(expect.arrayContaining(['vaguePraise']));
    expect((await data.feedbackRequests.openFor('jonas-weber')).map((r) => r.subject)).toEqual(['mei-lin']);
    expect((await data.feedbackRequests.aboutPerson('amara-okafor')).filter((r) => r.answeredAt === null)).toHaveLength(2);
    expect((await receivedFeedback({ data, runtime }, sofia, 'sofia-rossi')).withheld).toBe(2);
  });
});
