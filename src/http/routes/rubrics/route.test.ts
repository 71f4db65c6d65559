import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { cycleAt, publishDefaultRubric } from '../../../../test/reviews.js';
import { defaultRubric } from '../../../core/review/default-rubric.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 5, 1, 12);

describeEachDialect('/api/rubrics', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
  });
  afterAll(async () => s.close());

  it('answers 404 before anything is published, and 401 without sign-in', async () => {
    expect((await getJson(s.app, '/api/rubrics', await s.as('alan'))).status).toBe(404);
    expect((await getJson(s.app, '/api/rubrics', 'anonymous')).status).toBe(401);
  });

  it('lets a calibrator publish; everyone signed in reads it, with the announcement; the publication is audited', async () => {
    const { name, signals, scale } = defaultRubric();
    const refused = await send(s.app, { method: 'POST', url: '/api/rubrics', payload: { name, signals, scale }, as: await s.as('grace') });
    expect(refused.statusCode).toBe(403);
    await publishDefaultRubric(s);
    const { status, body } = await getJson(s.app, '/api/rubrics', await s.as('alan'));
    expect(status).toBe(200);
    expect(body.rubric).toMatchObject({ id: 'engineering', version: 1, publishedAt: new Date(now).toISOString(), publishedBy: 'acct-ada', scale });
    expect(body.rubric.signals.map((x: { id: string }) => x.id)).toEqual(['delivery-impact', 'reliability-impact', 'code-quality', 'collaboration', 'growth-at-level']);
    expect(body.announcements).toEqual([expect.objectContaining({ version: 1, by: 'acct-ada', changes: ['First version: Delivery impact, Reliability impact, Code quality, Collaboration, Growth at level.'] })]);
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('resource_type', '=', 'rubric').execute();
    expect(audit).toEqual([expect.objectContaining({ actor_account: 'acct-ada', action: 'publish', resource_id: 'engineering@1' })]);
  });

  it('rejects an invalid rubric naming the field, and stores nothing', async () => {
    const { name, signals, scale } = defaultRubric();
    const res = await send(s.app, { method: 'POST', url: '/api/rubrics', payload: { name, signals: signals.slice(0, 2), scale }, as: await s.as('ada') });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('signals: must hold 3 to 5 signals (has 2)');
    expect((await getJson(s.app, '/api/rubrics', await s.as('alan'))).body.versions).toEqual([1]);
  });

  it('revises into version 2 and announces what changed; refuses a revision while a cycle using it runs (409)', async () => {
    const { name, signals, scale } = defaultRubric();
    const changed = signals.map((x) => (x.id === 'collaboration' ? { ...x, definition: 'How work moves with other people: reviews, pairing, decision records.' } : x));
    const revised = await send(s.app, { method: 'POST', url: '/api/rubrics', payload: { name, signals: changed, scale }, as: await s.as('ada') });
    expect(revised.statusCode).toBe(201);
    expect(revised.json()).toMatchObject({ rubric: { version: 2 }, changes: ['Signal changed: Collaboration.'] });
    expect((await s.store.db.selectFrom('rubric_announcements' as never).selectAll().execute()).length).toBe(2);

    await cycleAt(s, 'writing');
    const locked = await send(s.app, { method: 'POST', url: '/api/rubrics', payload: { name, signals, scale }, as: await s.as('ada') });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe('Rubric engineering is locked while "annual writing" (writing) runs; revise it after the cycle is shared.');
    expect((await getJson(s.app, '/api/rubrics?version=1', await s.as('alan'))).body.rubric.version).toBe(1);
    expect((await getJson(s.app, '/api/rubrics', await s.as('alan'))).body.versions).toEqual([1, 2]);
  });
});
