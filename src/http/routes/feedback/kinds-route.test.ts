import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { feedbackCycleId, sampleAnswer, sampleFeedbackCycle } from '../../../../test/feedback.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 5, 1, 12);

describeEachDialect('feedback requests and answers over HTTP', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
    await sampleFeedbackCycle(s);
  });
  afterAll(async () => s.close());

  it('an engineer asks a peer; the peer sees it on their home, answers once; the engineer reads it on theirs', async () => {
    const alan = await s.as('alan');
    const barbara = await s.as('barbara');
    // Not asked yet: no request to answer, and nothing to post to.
    expect((await getJson(s.app, '/api/feedback/requests/open', barbara)).body.items).toEqual([]);

    const asked = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['barbara'] }, as: alan });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ used: 1, limit: 5, items: [{ writer: 'barbara', writerName: 'Barbara Liskov', due: '2025-12-01T00:00:00.000Z' }] });
    const requestId = asked.json().items[0].id as string;

    const home = await getJson(s.app, '/api/home', barbara);
    expect(home.body.feedback.toWrite).toMatchObject([{ id: requestId, subjectName: 'Alan Turing', cycleName: 'Sample feedback cycle', due: '2025-12-01T00:00:00.000Z' }]);

    const ctx = await getJson(s.app, `/api/feedback/requests/${requestId}`, barbara);
    expect(ctx.body).toMatchObject({ policy: { kind: 'peer', attribution: 'attributed' }, anonymousAllowed: false, groupSize: 1 });
    expect((await getJson(s.app, `/api/feedback/requests/${requestId}`, await s.as('katherine'))).status).toBe(403);

    const answered = await send(s.app, { method: 'POST', url: `/api/feedback/requests/${requestId}/answer`, payload: sampleAnswer, as: barbara });
    expect(answered.statusCode, answered.body).toBe(201);
    expect(answered.json()).toMatchObject({ kind: 'peer', authorName: expect.any(String), visibility: 'shared' });
    const again = await send(s.app, { method: 'POST', url: `/api/feedback/requests/${requestId}/answer`, payload: sampleAnswer, as: barbara });
    expect(again.statusCode).toBe(409);

    const received = await getJson(s.app, '/api/people/alan/feedback/received', alan);
    expect(received.body.items).toMatchObject([{ kind: 'peer', changeText: sampleAnswer.changeText }]);
    expect(received.body.policies).toHaveLength(5);
    expect((await getJson(s.app, '/api/home', alan)).body.feedback.received).toMatchObject({ total: 1, recent: [{ kind: 'peer' }] });
  });

  it('a colleague who was not asked gets 403 with a message that says how to be asked', async () => {
    const katherine = await s.as('katherine');
    const res = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['ada'] }, as: katherine });
    expect(res.statusCode).toBe(403);
    const praise = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback/entries', payload: { kind: 'manager', text: 'x' }, as: katherine });
    expect(praise.statusCode).toBe(403);
    expect(praise.json().error.message).toMatch(/manager line/);
  });

  it('refuses a request past the bound with 409 and the numbers', async () => {
    const grace = await s.as('grace');
    const res = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['ada', 'katherine', 'grace', 'edsger', 'partner'] }, as: grace });
    expect(res.statusCode).toBe(400);
    const bound = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['ada', 'katherine', 'grace'] }, as: grace });
    expect(bound.statusCode, bound.body).toBe(201);
    const past = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['barbara'] }, as: grace });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toMatch(/already been asked/);
    await send(s.app, { method: 'PUT', url: '/api/settings/peer-feedback-limit', payload: { limit: 4 }, as: await s.as('admin') });
    const limited = await send(s.app, { method: 'POST', url: '/api/people/barbara/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['ada', 'katherine', 'grace', 'alan', 'partner'] }, as: await s.as('barbara') });
    expect(limited.statusCode).toBe(400);
    const over = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback-requests', payload: { cycle: feedbackCycleId, writers: ['barbara'] }, as: grace });
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toMatch(/already has 4 of 4 peer feedback requests/);
  });

  it('a private-to-manager note reaches the manager line only', async () => {
    const res = await send(s.app, { method: 'POST', url: '/api/people/alan/feedback/entries', payload: { kind: 'manager', visibility: 'private-to-manager', text: 'PRIVATE-coaching-note' }, as: await s.as('grace') });
    expect(res.statusCode, res.body).toBe(201);
    for (const who of ['alan', 'partner'] as const) {
      const body = JSON.stringify((await getJson(s.app, '/api/people/alan/feedback/received', await s.as(who))).body);
      expect(body, who).not.toContain('PRIVATE-coaching-note');
    }
    expect(JSON.stringify((await getJson(s.app, '/api/people/alan/feedback', await s.as('alan'))).body)).not.toContain('PRIVATE-coaching-note');
    expect(JSON.stringify((await getJson(s.app, '/api/home', await s.as('alan'))).body)).not.toContain('PRIVATE');
    const grace = await getJson(s.app, '/api/people/alan/feedback/received', await s.as('grace'));
    expect(grace.body.includesPrivate).toBe(true);
    expect(grace.body.items).toContainEqual(expect.objectContaining({ visibility: 'private-to-manager', text: 'PRIVATE-coaching-note' }));
  });
});
