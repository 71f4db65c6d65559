import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, useTestServer } from '../../../../test/http-helpers.js';

describeEachDialect('GET /api/teams', (dialect) => {
  const server = useTestServer(dialect);

  it('lists teams by name with counts and the paging it used', async () => {
    const { status, body } = await getJson(server().app, '/api/teams');
    expect(status).toBe(200);
    expect(body.total).toBe(4);
    expect(body.limit).toBe(50);
    expect(body.offset).toBe(0);
    expect(body.items.map((t: { id: string }) => t.id)).toEqual(['checkout-squad', 'eng', 'payments', 'platform']);
    // Edsger has left: members counts active people only.
    expect(body.items.find((t: { id: string }) => t.id === 'payments')).toEqual({
      id: 'payments', name: 'Payments', parent: 'eng', timezone: 'Europe/Berlin', members: 1, services: 2,
    });
  });

  it('searches names case-insensitively and filters by parent', async () => {
    expect((await getJson(server().app, '/api/teams?q=PAY')).body.items.map((t: { id: string }) => t.id)).toEqual(['payments']);
    const children = await getJson(server().app, '/api/teams?parent=eng');
    expect(children.body.items.map((t: { id: string }) => t.id)).toEqual(['payments', 'platform']);
    expect(children.body.total).toBe(2);
  });

  it('pages with a total that ignores limit and offset', async () => {
    const { body } = await getJson(server().app, '/api/teams?limit=1&offset=2');
    expect(body).toMatchObject({ total: 4, limit: 1, offset: 2 });
    expect(body.items.map((t: { id: string }) => t.id)).toEqual(['payments']);
  });

  it('rejects a bad limit naming the field', async () => {
    for (const url of ['/api/teams?limit=0', '/api/teams?limit=501', '/api/teams?limit=abc', '/api/teams?offset=-1']) {
      const { status, body } = await getJson(server().app, url);
      expect(status, url).toBe(400);
      expect(body.error.code).toBe('BAD_INPUT');
      expect(body.error.problems[0], url).toMatch(/^querystring\.(limit|offset): /);
    }
  });

  it('returns one team with its parent, children, active members and services', async () => {
    const { status, body } = await getJson(server().app, '/api/teams/payments');
    expect(status).toBe(200);
    expect(body.team).toMatchObject({ id: 'payments', name: 'Payments', members: 1, services: 2 });
    expect(body.parent).toEqual({ id: 'eng', name: 'Engineering' });
    expect(body.children).toEqual([{ id: 'checkout-squad', name: 'Checkout Squad' }]);
    expect(body.members).toEqual([{ id: 'katherine', name: 'Katherine Johnson' }]);
    expect(body.services).toEqual([
      { id: 'checkout', name: 'Checkout API' },
      { id: 'ledger', name: 'Ledger' },
    ]);
  });

  it('gives a root team a null parent', async () => {
    expect((await getJson(server().app, '/api/teams/eng')).body.parent).toBeNull();
  });

  it('answers 404 NOT_FOUND for an unknown team', async () => {
    const { status, body } = await getJson(server().app, '/api/teams/nope');
    expect(status).toBe(404);
    expect(body).toEqual({ error: { code: 'NOT_FOUND', message: 'No team with id "nope".' } });
  });
});
