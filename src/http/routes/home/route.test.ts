import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { alanEvidenceId, cycleAt, needsSupport, publishDefaultRubric } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';

describeEachDialect('home: what needs doing, per role', (dialect) => {
  let s: TestServer;
  let cycle: string;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 5, 1, 12)) });
    await publishDefaultRubric(s);
    cycle = await cycleAt(s, 'writing');
  });
  afterAll(async () => s.close());

  it('tells the engineer their self review is due, then submitted; the manager sees their report’s state; a calibrator sees progress per team', async () => {
    const home = async (who: 'alan' | 'grace' | 'ada' | 'reviewer') => (await getJson(s.app, '/api/home', await s.as(who))).body;
    expect((await home('alan')).own).toEqual([expect.objectContaining({ cycle: expect.objectContaining({ id: cycle }), selfReview: 'due' })]);
    const self = await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/reviews/self`, payload: { text: 'My year.', citations: [alanEvidenceId] }, as: await s.as('alan') });
    expect(self.statusCode, self.body).toBe(200);
    expect((await home('alan')).own[0].selfReview).toBe('submitted');
    expect((await home('alan')).progress).toEqual([]);

    expect((await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`, payload: needsSupport, as: await s.as('grace') })).statusCode).toBe(200);
    const grace = await home('grace');
    expect(grace.reports).toEqual([{ cycle: expect.objectContaining({ id: cycle }), signals: 5, people: [{ id: 'alan', name: 'Alan Turing', selfReview: true, managerReview: false, ratings: 1, flags: 1, evidence: 1 }] }]);
    expect(grace.progress).toEqual([]);

    const ada = await home('ada');
    const platform = ada.progress[0].teams.find((t: { team: string }) => t.team === 'platform');
    expect(platform).toMatchObject({ name: 'Platform', selfReviews: 1, managerReviews: 0, rated: 0 });
    expect(ada.progress[0].flagged).toEqual([{ person: 'alan', name: 'Alan Turing', signal: 'code-quality' }]);
    // Behind on the current step (self reviews): everyone in a team but Alan, who submitted his.
    expect(ada.progress[0].behind.step).toBe('selfReview');
    const behind = ada.progress[0].behind.people.map((p: { id: string }) => p.id);
    expect(behind).not.toContain('alan');
    expect(behind).toEqual(expect.arrayContaining(['grace', 'katherine', 'barbara']));
    const reviewer = await home('reviewer');
    expect(reviewer.reports).toEqual([]);
    expect(reviewer.progress).toEqual([]);
    expect(reviewer.compensation).toEqual([{ cycle: expect.objectContaining({ id: cycle }), people: expect.any(Number), withoutProposal: expect.any(Number) }]);
    expect(reviewer.compensation[0].withoutProposal).toBe(reviewer.compensation[0].people);
    expect((await home('alan')).compensation).toEqual([]);
  });
});
