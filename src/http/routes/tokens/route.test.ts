import { expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, useTestServer } from '../../../../test/http-helpers.js';
import { sha256Hex } from '../../../app/auth/secrets.js';

describeEachDialect('API tokens', (dialect) => {
  const server = useTestServer(dialect);
  const create = async (name: string) => send(server().app, { method: 'POST', url: '/api/tokens', payload: { name }, as: await server().as('admin') });

  it('creates a token for the signed-in admin, shown once and stored only as a hash', async () => {
    const res = await create('nightly import');
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toEqual({ id: expect.any(String), name: 'nightly import', token: expect.stringMatching(/^trellis_[A-Za-z0-9_-]{43}$/) });
    const row = await server().store.db.selectFrom('api_tokens').selectAll().where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(body.token));
    expect(row.account).toBe(testAccounts.admin.id);
    const list = await getJson(server().app, '/api/tokens', await server().as('admin'));
    expect(list.body.items.find((t: { id: string }) => t.id === body.id)).toEqual({ id: body.id, name: 'nightly import', createdAt: expect.any(String), lastUsedAt: null, revokedAt: null });
    expect(JSON.stringify(list.body)).not.toContain(body.token);
  });

  it('authenticates `Authorization: Bearer trellis_…` as the token’s account', async () => {
    const { token } = (await create('script')).json();
    const me = await getJson(server().app, '/api/auth/me', { kind: 'token', token });
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ account: expect.objectContaining({ id: testAccounts.admin.id, roles: ['admin'] }), csrfToken: '' });
    const list = await getJson(server().app, '/api/tokens', await server().as('admin'));
    expect(list.body.items.find((t: { name: string }) => t.name === 'script').lastUsedAt).not.toBeNull();
  });

  it('stops a revoked token at once; revoking again is harmless', async () => {
    const { id, token } = (await create('leaked')).json();
    const admin = await server().as('admin');
    // Used first, so this process holds it in its credential cache: revoking here must drop it.
    expect((await getJson(server().app, '/api/auth/me', { kind: 'token', token })).status).toBe(200);
    expect((await send(server().app, { method: 'DELETE', url: `/api/tokens/${id}`, as: admin })).statusCode).toBe(204);
    const me = await getJson(server().app, '/api/auth/me', { kind: 'token', token });
    expect(me.status).toBe(401);
    expect(me.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'The API token is not valid or has been revoked.' });
    expect((await send(server().app, { method: 'DELETE', url: `/api/tokens/${id}`, as: admin })).statusCode).toBe(204);
    expect((await send(server().app, { method: 'DELETE', url: '/api/tokens/no-such-token', as: admin })).statusCode).toBe(404);
  });

  it('refuses tokens to non-admins, and another account’s token to anyone but its owner', async () => {
    const denied = await send(server().app, { method: 'POST', url: '/api/tokens', payload: { name: 'x' }, as: await server().as('ada') });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.message).toBe('API tokens are for administrators.');
    const { id } = (await create('mine')).json();
    const other = await send(server().app, { method: 'DELETE', url: `/api/tokens/${id}`, as: await server().as('partner') });
    expect(other.statusCode).toBe(403);
  });

  it('answers 401 to a malformed or unknown bearer token, without falling back to the cookie', async () => {
    for (const authorization of ['Bearer nope', 'Bearer trellis_unknown', 'Basic YWxhbjpwdw==']) {
      const res = await server().app.inject({ method: 'GET', url: '/api/teams', headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  it('rejects an empty token name', async () => {
    const res = await create('   ');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.problems).toEqual(['body.name: must not be empty']);
  });
});
