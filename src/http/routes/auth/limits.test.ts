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
  it('the attacker: 10 wrong guesses from one address refuse that email from that address for 15 minutes', async () => {
    const clock = manualRuntime(Date.UTC(2025, 0, 6, 9));
    const s = await createTestServer(dialect, { runtime: clock });
    try {
      let failures = 0;
      for (let i = 0; failures < 10; i++) {
        const res = await s.app.inject(signInAs(testAccounts.alan.email, `wrong ${i}`, { remoteAddress: '203.0.113.66' }));
        if (res.statusCode === 401) failures++;
        else {
          // The progressive per-email delay: waited out, as a patient guesser would.
          expect(res.statusCode).toBe(429);
          clock.advance(Number(res.headers['retry-after']) * 1000);
        }
      }
      clock.advance(30_000);
      const blocked = await s.app.inject(signInAs(testAccounts.alan.email, 'wrong again', { remoteAddress: '203.0.113.66' }));
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('RATE_LIMITED');
      expect(blocked.json().error.message).toMatch(/from this address/);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(60);
      // Even the right password from that address waits: the pair is refused before any check.
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '203.0.113.66' }))).statusCode).toBe(429);
    } finally {
      await s.close();
    }
  });

  it('the owner: after 10 wrong guesses from elsewhere, the right password works from their usual address at once, and from a new one after seconds', async () => {
    const clock = manualRuntime(Date.UTC(2025, 0, 6, 9));
    const s = await createTestServer(dialect, { runtime: clock });
    try {
      // Alan signed in from his desk last week.
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.10' }))).statusCode).toBe(200);
      clock.advance(7 * 24 * hour);
      // Someone guesses from ten addresses, waiting out every delay.
      let failures = 0;
      for (let i = 0; failures < 10; i++) {
        const res = await s.app.inject(signInAs(testAccounts.alan.email, `wrong ${i}`, { remoteAddress: `10.1.0.${i}` }));
        if (res.statusCode === 401) failures++;
        else {
          expect(res.statusCode).toBe(429);
          expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(30);
          clock.advance(Number(res.headers['retry-after']) * 1000);
        }
      }
      // Right after the last guess: from his usual address, no wait at all.
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.10' }))).statusCode).toBe(200);
      // From a new address (a café), the progressive delay: seconds, never 15 minutes.
      const cafe = await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '198.51.100.7' }));
      expect(cafe.statusCode).toBe(429);
      expect(Number(cafe.headers['retry-after'])).toBeLessThanOrEqual(30);
      expect(cafe.json().error.message).toMatch(/Try again in \d+ seconds?\./);
      clock.advance(Number(cafe.headers['retry-after']) * 1000);
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '198.51.100.7' }))).statusCode).toBe(200);
      // Other accounts were never affected.
      expect((await s.app.inject(signInAs(testAccounts.grace.email, testPassword, { remoteAddress: '10.1.0.1' }))).statusCode).toBe(200);
    } finally {
      await s.close();
    }
  });

  it('counts parallel guesses before hashing, so a burst cannot overshoot the per-email allowance', async () => {
    const s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 0, 6, 9)) });
    try {
      const burst = await Promise.all(Array.from({ length: 14 }, (_, i) => s.app.inject(signInAs(testAccounts.alan.email, `guess ${i}`, { remoteAddress: `10.2.0.${i}` }))));
      const codes = burst.map((r) => r.statusCode).sort();
      expect(codes.filter((c) => c === 401)).toHaveLength(5);
      expect(codes.filter((c) => c === 429)).toHaveLength(9);
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

  it('an office behind one proxy: a dozen people mistyping do not block the address (the old limit was 10)', async () => {
    const s = await createTestServer(dialect, { runtime: manualRuntime(Date.UTC(2025, 0, 6, 9)) });
    try {
      for (let i = 0; i < 12; i++) expect((await s.app.inject(signInAs(`typo${i}@lumen.example`, 'x', { remoteAddress: '192.0.2.7' }))).statusCode).toBe(401);
      expect((await s.app.inject(signInAs(testAccounts.alan.email, testPassword, { remoteAddress: '192.0.2.7' }))).statusCode).toBe(200);
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
