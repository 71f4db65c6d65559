import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, useTestServer } from '../../../../test/http-helpers.js';

const ids = (body: { items: { id: string }[] }): string[] => body.items.map((s) => s.id);

describeEachDialect('GET /api/services', (dialect) => {
  const server = useTestServer(dialect);

  it('lists services by name', async () => {
    const { status, body } = await getJson(server().app, '/api/services');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 3, limit: 50, offset: 0 });
    expect(body.items).toEqual([
      { id: 'checkout', name: 'Checkout API', team: 'payments' },
      { id: 'deploy-bot', name: 'Deploy Bot', team: 'platform' },
      { id: 'ledger', name: 'Ledger', team: 'payments' },
    ]);
  });

  it('searches case-insensitively and filters by team', async () => {
    expect(ids((await getJson(server().app, '/api/services?q=cHeCk')).body)).toEqual(['checkout']);
    expect(ids((await getJson(server().app, '/api/services?team=payments')).body)).toEqual(['checkout', 'ledger']);
    expect((await getJson(server().app, '/api/services?team=nobody')).body).toMatchObject({ items: [], total: 0 });
  });

  it('pages with totals', async () => {
    const { body } = await getJson(server().app, '/api/services?limit=1&offset=1');
    expect(body).toMatchObject({ total: 3, limit: 1, offset: 1 });
    expect(ids(body)).toEqual(['deploy-bot']);
  });

  it('rejects limit=0 and limit=abc naming the field', async () => {
    for (const url of ['/api/services?limit=0', '/api/services?limit=abc', '/api/services?limit=2.5']) {
      const { status, body } = await getJson(server().app, url);
      expect(status, url).toBe(400);
      expect(body.error.code).toBe('BAD_INPUT');
      expect(body.error.problems, url).toEqual([expect.stringMatching(/^querystring\.limit: /)]);
    }
  });

  it('returns a service with its owning team', async () => {
    const { status, body } = await getJson(server().app, '/api/services/ledger');
    expect(status).toBe(200);
    expect(body).toEqual({ service: { id: 'ledger', name: 'Ledger', team: 'payments' }, team: { id: 'payments', name: 'Payments' } });
  });

  it('answers 404 NOT_FOUND for an unknown service', async () => {
    const { status, body } = await getJson(server().app, '/api/services/nope');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'NOT_FOUND' });
  });
});
