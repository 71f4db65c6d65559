import { expect, it } from 'vitest';
import { testAccounts, testPassword } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { getJson, send, signIn, useTestServer, type Credentials } from '../../../../test/http-helpers.js';

const signInAs = (email: string, password: string, extra: { headers?: Record<string, string>; remoteAddress?: string } = {}) => ({
  method: 'POST' as const,
  url: '/api/auth/sign-in',
  payload: { email, password },
  ...extra,
});

describeEachDialect('sign-in and sessions', (dialect) => {
  const server = useTestServer(dialect);

  it('signs in with email and password: the account, a CSRF token and a session cookie', async () => {
    const res = await server().app.inject(signInAs('Grace@Lumen.example', testPassword));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      account: { id: testAccounts.grace.id, email: 'grace@lumen.example', name: 'Grace Hopper', personId: 'grace', roles: ['manager', 'engineer'] },
      csrfToken: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^trellis_session=[A-Za-z0-9_-]{43}; Max-Age=604800; Path=\/; HttpOnly; SameSite=Lax$/);
    expect(cookie).not.toMatch(/Secure/);
  });

  it('never stores the session token itself, only its hash', async () => {
    const c = (await signIn(server().app, testAccounts.alan.email)) as Extract<Credentials, { kind: 'session' }>;
    const token = c.cookie.split('=')[1]!;
    const rows = await server().store.db.selectFrom('sessions').select('id').execute();
    expect(rows.some((r) => r.id.includes(token))).toBe(false);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('answers a wrong password and an unknown email alike: 401 INVALID_CREDENTIALS, no cookie', async () => {
    const wrong = await server().app.inject(signInAs(testAccounts.alan.email, 'not the password', { remoteAddress: '10.0.0.1' }));
    const unknown = await server().app.inject(signInAs('nobody@lumen.example', testPassword, { remoteAddress: '10.0.0.1' }));
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'The email or password is not right.' } });
      expect(res.headers['set-cookie']).toBeUndefined();
    }
  });

  it('refuses cross-site sign-in attempts (Origin, Sec-Fetch-Site) with 403 CSRF_FAILED', async () => {
    const crossSite: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, { 'sec-fetch-site': 'same-site' }, { origin: 'null' }];
    for (const headers of crossSite) {
      const res = await server().app.inject(signInAs(testAccounts.alan.email, testPassword, { headers }));
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().error.code).toBe('CSRF_FAILED');
    }
    const sameOrigin = await server().app.inject(signInAs(testAccounts.alan.email, testPassword, { headers: { origin: 'http://localhost:80', 'sec-fetch-site': 'same-origin' } }));
    expect(sameOrigin.statusCode).toBe(200);
  });

  it('tells who is signed in, with the session’s CSRF token; 401 without a session', async () => {
    const c = (await signIn(server().app, testAccounts.katherine.email)) as Extract<Credentials, { kind: 'session' }>;
    const me = await getJson(server().app, '/api/auth/me', c);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ account: expect.objectContaining({ email: 'katherine@lumen.example', roles: ['manager', 'engineer'] }), csrfToken: c.csrfToken });
    const anonymous = await getJson(server().app, '/api/auth/me', 'anonymous');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('signs out: needs the CSRF token, then deletes the session and clears the cookie', async () => {
    const c = await signIn(server().app, testAccounts.barbara.email);
    const noCsrf = await send(server().app, { method: 'POST', url: '/api/auth/sign-out', as: c, csrf: false });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    const out = await send(server().app, { method: 'POST', url: '/api/auth/sign-out', as: c });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/^trellis_session=; Max-Age=0; Path=\/;.*HttpOnly; SameSite=Lax/);
    expect((await getJson(server().app, '/api/auth/me', c)).status).toBe(401);
  });

  it('requires the CSRF token on cookie writes but not on Bearer-token writes', async () => {
    const admin = await server().as('admin');
    const withoutHeader = await send(server().app, { method: 'POST', url: '/api/tokens', payload: { name: 'x' }, as: admin, csrf: false });
    expect(withoutHeader.statusCode).toBe(403);
    expect(withoutHeader.json().error.code).toBe('CSRF_FAILED');
    const wrongHeader = await send(server().app, { method: 'POST', url: '/api/tokens', payload: { name: 'x' }, as: admin, csrf: false, headers: { 'x-csrf-token': 'guess' } });
    expect(wrongHeader.statusCode).toBe(403);
    const created = await send(server().app, { method: 'POST', url: '/api/tokens', payload: { name: 'ci' }, as: admin });
    expect(created.statusCode).toBe(201);
    const bearer = { kind: 'token' as const, token: created.json().token as string };
    const viaToken = await send(server().app, { method: 'POST', url: '/api/tokens', payload: { name: 'from a script' }, as: bearer });
    expect(viaToken.statusCode).toBe(201);
  });

  it('lists the sign-in providers publicly: password only when OIDC is not configured', async () => {
    const { status, body } = await getJson(server().app, '/api/auth/providers', 'anonymous');
    expect(status).toBe(200);
    expect(body).toEqual({ password: true, oidc: { enabled: false } });
  });
});
