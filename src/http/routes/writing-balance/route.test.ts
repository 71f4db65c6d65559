import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { alanEvidenceId, cycleAt, publishDefaultRubric } from '../../../../test/reviews.js';

describeEachDialect('writing balance: standout vs grindstone words over a manager’s own reviews', (dialect) => {
  let s: TestServer;
  let cycle: string;
  beforeAll(async () => {
    s = await createTestServer(dialect);
    await publishDefaultRubric(s);
    cycle = await cycleAt(s, 'writing');
  });
  afterAll(async () => s.close());

  it('is off until an administrator turns it on, and then counts only the reader’s own texts, naming nobody', async () => {
    const grace = await s.as('grace');
    const off = await getJson(s.app, `/api/cycles/${cycle}/writing-balance`, grace);
    expect(off.body).toEqual({ enabled: false, texts: 0, standout: 0, grindstone: 0, standoutShare: null, grindstoneOnly: 0, standoutOnly: 0 });
    expect((await send(s.app, { method: 'PUT', url: '/api/setup/writing-balance', payload: { enabled: true }, as: grace })).statusCode).toBe(403);
    const on = await send(s.app, { method: 'PUT', url: '/api/setup/writing-balance', payload: { enabled: true }, as: await s.as('admin') });
    expect(on.json()).toEqual({ enabled: true });
    expect((await getJson(s.app, '/api/setup/writing-balance', await s.as('alan'))).body).toEqual({ enabled: true });

    const rate = await send(s.app, {
      method: 'PUT',
      url: `/api/cycles/${cycle}/people/alan/ratings/code-quality`,
      payload: { value: 'strong at level', rationale: 'Hardworking and diligent on the deploy-bot retry tests (PR 12, PR 19).', evidence: [alanEvidenceId] },
      as: grace,
    });
    expect(rate.statusCode, rate.body).toBe(200);
    const review = await send(s.app, { method: 'PUT', url: `/api/cycles/${cycle}/people/alan/reviews/manager`, payload: { text: 'A brilliant year: the retry work cut failed deploys from 9 to 2 a month.', citations: [alanEvidenceId] }, as: grace });
    expect(review.statusCode, review.body).toBe(200);

    const mine = (await getJson(s.app, `/api/cycles/${cycle}/writing-balance`, grace)).body;
    expect(mine).toEqual({ enabled: true, texts: 2, standout: 1, grindstone: 2, standoutShare: 1 / 3, grindstoneOnly: 1, standoutOnly: 1 });
    expect(JSON.stringify(mine)).not.toContain('alan');
    // Katherine wrote nothing in this cycle: her set is empty, never Grace's.
    expect((await getJson(s.app, `/api/cycles/${cycle}/writing-balance`, await s.as('katherine'))).body).toMatchObject({ enabled: true, texts: 0, standoutShare: null });
    // An engineer has no set of reviews to read.
    expect((await getJson(s.app, `/api/cycles/${cycle}/writing-balance`, await s.as('alan'))).status).toBe(403);
    const bad = await send(s.app, { method: 'PUT', url: '/api/setup/writing-balance', payload: { enabled: 'yes' }, as: await s.as('admin') });
    expect(bad.statusCode).toBe(400);
  });
});
