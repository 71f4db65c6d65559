/** Support plans and templates over HTTP: visible to the engineer at once, problems named per field. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, send, type TestServer } from '../../../../test/http-helpers.js';
import { samplePlan } from '../../../../test/one-on-ones.js';

describeEachDialect('support plan and template routes', (dialect) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await createTestServer(dialect);
  });
  afterAll(async () => s.close());

  it('shows a new plan to the engineer at once, and names each problem of a bad one', async () => {
    const grace = await s.as('grace');
    const created = await send(s.app, { method: 'POST', url: '/api/people/alan/support-plans', payload: samplePlan, as: grace });
    expect(created.statusCode, created.body).toBe(201);
    const mine = await getJson(s.app, '/api/people/alan/support-plans', await s.as('alan'));
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(created.json().id);
    expect(mine.body.mayWrite).toBe(false);

    const bad = await send(s.app, { method: 'POST', url: '/api/people/alan/support-plans', payload: { ...samplePlan, startsOn: '2025-02-30', expectations: [] }, as: grace });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.problems).toEqual(expect.arrayContaining([expect.stringMatching(/^startsOn: must be a date/), expect.stringMatching(/^expectations: needs at least one/)]));
    const late = await send(s.app, { method: 'POST', url: `/api/people/alan/support-plans/${created.json().id}/check-ins`, payload: { heldOn: '2025-06-01', note: 'Late.' }, as: grace });
    expect([late.statusCode, late.json().error.problems]).toEqual([400, ['heldOn: must fall within the plan (2025-01-06 to 2025-03-28)']]);
    const other = await send(s.app, { method: 'POST', url: `/api/people/barbara/support-plans/${created.json().id}/check-ins`, payload: { heldOn: '2025-02-01', note: 'x' }, as: await s.as('katherine') });
    expect(other.statusCode).toBe(404);
  });

  it('saves a template as the next version and answers 404 for an unknown kind', async () => {
    const admin = await s.as('admin');
    const saved = await send(s.app, { method: 'PUT', url: '/api/templates/promotion-case', payload: { title: 'Promotion case', sections: [{ heading: 'Problem', prompt: 'The problem at the target scope, with the service it touched.' }] }, as: admin });
    expect([saved.statusCode, saved.json().version, saved.json().builtIn]).toEqual([200, 2, false]);
    const history = await getJson(s.app, '/api/templates/promotion-case', await s.as('alan'));
    expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const unknown = await send(s.app, { method: 'GET', url: '/api/templates/poems', as: admin });
    expect([unknown.statusCode, unknown.json().error.message]).toEqual([404, expect.stringMatching(/No template kind "poems"; the kinds are quarterly-goals/)]);
  });
});
