import { describe, expect, it } from 'vitest';
import { testAccounts, testPassword } from '../../../../test/accounts.js';
import { describeEachDialect } from '../../../../test/dialects.js';
import { createTestServer, getJson, signIn } from '../../../../test/http-helpers.js';
import { manualRuntime } from '../../../app/runtime.js';

const hour = 60 * 60_000;
const signInAs = (email: string, password: string, extra: { headers?: Record<string, string>; remoteAddress?: string } = {}) => ({
  method: 'POST' as const,
  url: '/api/auth/sign-in',
  payload: { email, password },
  ...extra,
});

describeEachDialect('sign-in limits and session expiry (with a fixed clock)', (dialect) => {
  it('allows 10 failed attempts per email in 15 minutes, then answers 429 RATE_LIMITED even to the right password', async () => {
    const clock = manualRuntime(Date.UTC(2025, 0, 6, 9));
    const s = await createTestServer(dialect, { runtime: clock });
    try {
      for (let i = 0; i < 10; i++) {
        const res = await s.app.inject(signInAs(testAccounts.alan.email, `wrong ${i}`, { remoteAddress: `10.1.0.${i}` }));
        expect(res.statusCode).toBe(401);
      }
      const blocked = await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '10.1.1.1' }));
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
      // Other accounts are unaffected; after the window, the right password works again.
      expect((await s.app.inject(signInAs(testAccounts.grace.email, testPassword, { remoteAddress: '10.1.1.1' }))).statusCode).toBe(200);
      clock.advance(15 * 60_000 + 1);
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '10.1.1.1' }))).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('counts parallel guesses before hashing, so a burst cannot overshoot the limit', async () => {
    const s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 0, 6, 9)) });
    try {
      const burst = await Promise.all(Array.from({ length: 14 }, (_, i) => s.app.inject(signInAs(testAccounts.alan.email, `guess ${i}`, { remoteAddress: `10.2.0.${i}` }))));
      const codes = burst.map((r) => r.statusCode).sort();
      expect(codes.filter((c) => c === 401)).toHaveLength(10);
      expect(codes.filter((c) => c === 429)).toHaveLength(4);
    } finally {
      await s.close();
    }
  });

  it('does not count a successful sign-in against the client address', async () => {
    const s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 0, 6, 9)) });
    try {
      for (let i = 0; i < 12; i++) expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.9' }))).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('allows 10 failed attempts per client address, whatever the emails', async () => {
    const s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 0, 6, 9)) });
    try {
      for (let i = 0; i < 10; i++) expect((await s.app.inject(signInAs(`guess${i}@lumen.example`, 'x', { remoteAddress: '192.0.2.7' }))).statusCode).toBe(401);
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.7' }))).statusCode).toBe(429);
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.8' }))).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('ends a session after 12 idle hours, keeps an active one, and ends any after 7 days', async () => {
    const clock = manualRuntime(Date.UTC(2025, 0, 6, 9));
    const s = await createTestServer(dialect, { runtime: clock });
    try {
      const idle = await signIn(s.app, testAccounts.alan.email);
      const active = await signIn(s.app, testAccounts.grace.email);
      clock.advance(11 * hour);
      expect((await getJson(s.app, '/api/auth/me', active)).status).toBe(200);
      clock.advance(2 * hour);
      expect((await getJson(s.app, '/api/auth/me', idle)).status).toBe(401);
      expect((await getJson(s.app, '/api/auth/me', active)).status).toBe(200);
      // Use it every 11 hours: it lives until 7 days after sign-in, not a moment longer.
      for (let t = 13 * hour; t + 11 * hour < 7 * 24 * hour; t += 11 * hour) {
        clock.advance(11 * hour);
        expect((await getJson(s.app, '/api/auth/me', active)).status).toBe(200);
      }
      clock.set(Date.UTC(2025, 0, 6, 9) + 7 * 24 * hour);
      const ended = await s.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: (active as { cookie: string }).cookie } });
      expect(ended.statusCode).toBe(401);
      expect(ended.json().error.message).toBe('Your session has ended; sign in again.');
      expect(String(ended.headers['set-cookie'])).toMatch(/^trellis_session=; Max-Age=0/);
    } finally {
      await s.close();
    }
  });
});

describe('the Secure cookie attribute', () => {
  const secureOf = async (config: { secureCookies?: 'auto' | 'always' | 'never'; trustProxy?: boolean }, headers: Record<string, string>) => {
    const s = await createTestServer('sqlite', { config });
    try {
      const res = await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { headers }));
      expect(res.statusCode).toBe(200);
      return /; Secure/.test(String(res.headers['set-cookie']));
    } finally {
      await s.close();
    }
  };

  it('is set when the request came over https through a trusted proxy, or when always on', async () => {
    expect(await secureOf({ trustProxy: true }, { 'x-forwarded-proto': 'https' })).toBe(true);
    expect(await secureOf({ secureCookies: 'always' }, {})).toBe(true);
  });

  it('is not set over plain http, for an untrusted X-Forwarded-Proto, or when never', async () => {
    expect(await secureOf({}, {})).toBe(false);
    expect(await secureOf({ trustProxy: false }, { 'x-forwarded-proto': 'https' })).toBe(false);
    expect(await secureOf({ secureCookies: 'never', trustProxy: true }, { 'x-forwarded-proto': 'https' })).toBe(false);
  });
});
