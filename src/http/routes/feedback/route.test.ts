import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';

const now = Date.UTC(2025, 5, 1, 12);

describeEachDialect('/api/people/:id/feedback', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect, { runtime: manualRuntime(now) });
  });
  afterAll(async () => s.close());

  it('the manager line shares feedback on a signal; the person reads it; others may not', async () => {
    const share = async (who: 'grace' | 'alan' | 'katherine' | 'reviewer') =>
      send(s.app, { method: 'POST', url: '/api/people/alan/feedback', payload: { signal: 'code-quality', text: 'PR 12 needed a second review round for missing tests.' }, as: await s.as(who) });
    const ok = await share('grace');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ person: 'alan', author: 'acct-grace', signal: 'code-quality', sharedAt: new Date(now).toISOString() });
    for (const who of ['alan', 'katherine', 'reviewer'] as const) expect((await share(who)).statusCode, who).toBe(403);
    const own = await getJson(s.app, '/api/people/alan/feedback', await s.as('alan'));
    expect(own.body.items.map((f: { text: string }) => f.text)).toEqual(['PR 12 needed a second review round for missing tests.']);
    expect((await getJson(s.app, '/api/people/alan/feedback', await s.as('barbara'))).status).toBe(403);
    expect((await getJson(s.app, '/api/people/alan/feedback', await s.as('reviewer'))).status).toBe(403);
    expect((await getJson(s.app, '/api/people/nobody/feedback', await s.as('ada'))).status).toBe(404);
  });

  it('rejects empty text (400) and audits reads by others', async () => {
    expect((await send(s.app, { method: 'POST', url: '/api/people/alan/feedback', payload: { text: ' ' }, as: await s.as('grace') })).statusCode).toBe(400);
    await getJson(s.app, '/api/people/alan/feedback', await s.as('partner'));
    const rows = await s.store.db.selectFrom('audit_log').select(['actor_account', 'action']).where('resource_type', '=', 'feedback').where('subject_person', '=', 'alan').orderBy('at').execute();
    expect(rows).toContainEqual({ actor_account: 'acct-partner', action: 'read' });
    expect(rows).toContainEqual({ actor_account: 'acct-grace', action: 'share' });
  });
});
