import { afterAll, beforeAll, expect, it } from 'vitest';
import { testAccounts } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, type TestServer } from '../../../../test/http-helpers.js';
import { startOidcStub, type OidcStub } from '../../../../test/oidc-stub.js';

const redirectUrl = 'http://localhost:80/api/auth/oidc/callback'; // normalised to http://localhost/… in requests

describeEachDialect('OIDC sign-in', (dialect) => {
  let stub: OidcStub;
  let s: TestServer;
  beforeAll(async () => {
    stub = await startOidcStub();
    s = await createTestServer(dialect, {
      config: { oidc: { issuer: stub.issuer, clientId: stub.clientId, clientSecret: stub.clientSecret, redirectUrl, name: 'Stub SSO' } },
    });
  });
  afterAll(async () => {
    await s.close();
    await stub.close();
  });

  /** Start in Trellis, "sign in" at the stub, and come back: the callback URL and the binding cookie. */
  async function roundTrip(): Promise<{ callback: string; binding: string }> {
    const start = await s.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(start.statusCode).toBe(302);
    const binding = start.cookies.find((c) => c.name === 'trellis_oidc')!;
    const atIdp = await fetch(String(start.headers.location), { redirect: 'manual' });
    expect(atIdp.status).toBe(302);
    const back = new URL(atIdp.headers.get('location')!);
    return { callback: `${back.pathname}${back.search}`, binding: `trellis_oidc=${binding.value}` };
  }

  it('offers the provider by name', async () => {
    expect((await getJson(s.app, '/api/auth/providers', 'anonymous')).body).toEqual({ password: true, oidc: { enabled: true, name: 'Stub SSO' } });
  });

  it('redirects to the provider with PKCE, state and nonce, binding the attempt to this browser', async () => {
    const res = await s.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    const to = new URL(String(res.headers.location));
    expect(`${to.origin}${to.pathname}`).toBe(`${stub.issuer}/authorize`);
    expect(Object.fromEntries(to.searchParams)).toMatchObject({
      client_id: stub.clientId,
      redirect_uri: 'http://localhost/api/auth/oidc/callback',
      response_type: 'code',
      scope: 'openid email profile',
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      state: expect.any(String),
      nonce: expect.any(String),
    });
    expect(String(res.headers['set-cookie'])).toMatch(/^trellis_oidc=[A-Za-z0-9_-]{43}; Max-Age=600; Path=\/api\/auth\/oidc; HttpOnly; SameSite=Lax$/);
  });

  it('signs in the account with the verified email and redirects to the web app', async () => {
    stub.nextUser = { sub: 'g-1', email: 'Grace@lumen.example', email_verified: true };
    const { callback, binding } = await roundTrip();
    const res = await s.app.inject({ method: 'GET', url: callback, headers: { cookie: binding } });
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/');
    const session = res.cookies.find((c) => c.name === 'trellis_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    const me = await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `trellis_session=${session.value}` } });
    expect(me.json().account).toMatchObject({ id: testAccounts.grace.id, email: 'grace@lumen.example' });
    const audit = await s.store.db.selectFrom('audit_log').selectAll().where('action', '=', 'sign-in').where('detail', '=', 'oidc').execute();
    expect(audit.map((a) => a.actor_account)).toEqual([testAccounts.grace.id]);

    // The same callback cannot be used twice.
    const replay = await s.app.inject({ method: 'GET', url: callback, headers: { cookie: binding } });
    expect(replay.statusCode).toBe(400);
    expect(replay.json().error.code).toBe('OIDC_FAILED');
  });

  it('refuses a callback without the binding cookie of the browser that started it', async () => {
    stub.nextUser = { sub: 'g-1', email: 'grace@lumen.example', email_verified: true };
    const { callback } = await roundTrip();
    const res = await s.app.inject({ method: 'GET', url: callback });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toEqual({ code: 'OIDC_FAILED', message: 'This sign-in expired or was not started in this browser; start again.' });
  });

  it('refuses a tampered state', async () => {
    stub.nextUser = { sub: 'g-1', email: 'grace@lumen.example', email_verified: true };
    const { callback, binding } = await roundTrip();
    const res = await s.app.inject({ method: 'GET', url: callback.replace(/state=[^&]+/, 'state=forged'), headers: { cookie: binding } });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OIDC_FAILED');
    expect(res.cookies.find((c) => c.name === 'trellis_session')).toBeUndefined();
  });

  it('answers 403 with a clear message for an email without an account (no self-registration)', async () => {
    stub.nextUser = { sub: 'x-1', email: 'stranger@lumen.example', email_verified: true };
    const { callback, binding } = await roundTrip();
    const res = await s.app.inject({ method: 'GET', url: callback, headers: { cookie: binding } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error).toEqual({
      code: 'FORBIDDEN',
      message: 'There is no Trellis account for stranger@lumen.example. Ask a Trellis administrator to create one (accounts are not created on first sign-in).',
    });
    expect(await s.store.db.selectFrom('accounts').select('id').where('email', '=', 'stranger@lumen.example').execute()).toEqual([]);
  });

  it('answers 403 when the provider does not vouch for the email', async () => {
    stub.nextUser = { sub: 'g-2', email: 'grace@lumen.example', email_verified: false };
    const { callback, binding } = await roundTrip();
    const res = await s.app.inject({ method: 'GET', url: callback, headers: { cookie: binding } });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/did not provide a verified email address/);
  });
});

it('answers 404 on the OIDC routes when OIDC is not configured', async () => {
  const s = await createTestServer('sqlite', { seed: false });
  try {
    const res = await s.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.message).toBe('Single sign-on is not configured on this server.');
  } finally {
    await s.close();
  }
});
