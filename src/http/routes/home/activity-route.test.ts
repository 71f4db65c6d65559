import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { alanEvidenceId, cycleAt, moveCycle, publishDefaultRubric } from '../../../../test/reviews.js';
import { manualRuntime } from '../../../app/runtime.js';

describeEachDialect('home activity: goals, recent evidence, ratings and challenges, per role', (dialect) => {
  let s: TestServer;
  let cycle: string;
  const runtime = manualRuntime(Date.UTC(2025, 5, 1, 12));
  const activity = async (who: 'alan' | 'grace' | 'katherine' | 'admin' | 'partner') => {
    const res = await getJson(s.app, '/api/home/activity', await s.as(who));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime });
    await publishDefaultRubric(s);
    cycle = await cycleAt(s, 'writing');
  });
  afterAll(async () => s.close());

  it('shows the engineer this quarter’s goals and the evidence they added in the last two weeks, newest first', async () => {
    const alan = await s.as('alan');
    expect((await send(s.app, { method: 'POST', url: '/api/people/alan/goals', payload: { quarter: '2025-Q2', text: 'Retire the old deploy queue' }, as: alan })).statusCode).toBe(201);
    expect((await send(s.app, { method: 'POST', url: '/api/people/alan/goals', payload: { quarter: '2025-Q1', text: 'Last quarter’s goal' }, as: alan })).statusCode).toBe(201);
    const item = await send(s.app, { method: 'POST', url: '/api/people/alan/evidence', payload: { title: 'Paired on the queue cut-over', date: '2025-05-30', kind: 'glue-work' }, as: alan });
    expect(item.statusCode, item.body).toBe(201);
    const mine = (await activity('alan')).mine;
    expect(mine.quarter).toBe('2025-Q2');
    expect(mine.goals).toEqual([expect.objectContaining({ text: 'Retire the old deploy queue', status: 'not-started' })]);
    // The seeded item was added in March: not recent on 1 June.
    expect(mine.recentEvidence.map((e: { title: string }) => e.title)).toEqual(['Paired on the queue cut-over']);
    expect(mine.recentEvidence[0].date).toBe('2025-05-30');
    expect(mine.recentEvidence.map((e: { id: string }) => e.id)).not.toContain(alanEvidenceId);
    expect(mine.sharedRatings).toEqual([]);
  });

  it('once shared, lists the engineer’s ratings and challenges; the manager line sees the challenge waiting until it is answered', async () => {
    const grace = await s.as('grace');
    const rate = await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`, payload: { value: 'strong at level', rationale: 'Tests on the deploy-bot retry caught two regressions before release.', evidence: [alanEvidenceId] }, as: grace });
    expect(rate.statusCode, rate.body).toBe(200);
    for (const to of ['calibrating', 'finalized', 'shared'] as const) await moveCycle(s, cycle, to);
    const raised = await send(s.app, { method: 'POST', url: `/api/cycles/${cycle}/people/alan/challenges`, payload: { kind: 'challenge', signal: 'code-quality', text: 'The migration work in May is missing.' }, as: await s.as('alan') });
    expect(raised.statusCode, raised.body).toBe(201);
    const mine = (await activity('alan')).mine;
    expect(mine.sharedRatings).toEqual([{ cycle: { id: cycle, name: expect.any(String) }, ratings: 1 }]);
    expect(mine.challenges).toEqual([expect.objectContaining({ signal: 'code-quality', state: 'open', answeredAt: null })]);

    const waiting = (await activity('grace')).challengesWaiting;
    expect(waiting).toEqual([expect.objectContaining({ person: { id: 'alan', name: 'Alan Turing' }, signal: 'code-quality' })]);
    // Katherine manages another line: Alan's challenge is not hers to answer.
    expect((await activity('katherine')).challengesWaiting).toEqual([]);

    const answered = await send(s.app, { method: 'POST', url: `/api/challenges/${raised.json().id}/answer`, payload: { text: 'Added; the rating stands on the tests.' }, as: grace });
    expect(answered.statusCode, answered.body).toBe(200);
    expect((await activity('grace')).challengesWaiting).toEqual([]);
    expect((await activity('alan')).mine.challenges[0]).toMatchObject({ state: 'answered', answeredAt: expect.any(String) });
  });


  it('shows the administrator how current each record kind is and who has no account; nobody else sees it', async () => {
    const admin = (await activity('admin')).admin;
    expect(admin.records.map((r: { kind: string }) => r.kind)).toEqual(['changes', 'deployments', 'incidents', 'pages', 'pull requests']);
    for (const r of admin.records) expect(r.latest === null).toBe(r.count === 0);
    expect(admin.accounts.total).toBeGreaterThanOrEqual(8);
    expect(admin.accounts.admins).toBe(1);
    expect(admin.accounts.peopleWithoutAccount.map((p: { id: string }) => p.id)).not.toContain('alan');
    expect((await activity('admin')).mine).toBeNull();
    expect((await activity('partner')).admin).toBeNull();
    expect((await activity('alan')).admin).toBeNull();
  });
});
