import { describe, expect, it } from 'vitest';
import { SignInThrottle, signInLimits } from './sign-in-throttle.js';

const t0 = Date.UTC(2025, 0, 6, 9);
const minute = 60_000;

/** An attempt that fails (the throttle allowed it, the password was wrong), or the refusal. */
function fail(t: SignInThrottle, email: string, address: string, now: number): number {
  const d = t.check(email, address, now);
  if (!d.allowed) return d.retryAfterMs;
  t.recordAttempt(email, address, now);
  return 0;
}

describe('SignInThrottle', () => {
  it('refuses one email + address pair after 10 failures, until the oldest leaves the 15-minute window', () => {
    const t = new SignInThrottle();
    let now = t0;
    let failures = 0;
    while (failures < signInLimits.perPair) {
      const wait = fail(t, 'a@x', '1.1.1.1', now);
      if (wait === 0) failures++;
      now += wait || 1;
    }
    const d = t.check('a@x', '1.1.1.1', now + 31_000);
    expect(d).toMatchObject({ allowed: false, reason: expect.stringMatching(/from this address/) });
    expect(t.check('a@x', '2.2.2.2', now + 31_000).allowed).toBe(true);
    expect(t.check('a@x', '1.1.1.1', t0 + 15 * minute + 1).allowed).toBe(true);
  });

  it('delays an email progressively after 5 failures from anywhere: 1 s, 2 s, 4 s … at most 30 s', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 5; i++) expect(fail(t, 'a@x', `10.0.0.${i}`, t0)).toBe(0);
    const waits: number[] = [];
    let now = t0;
    for (let i = 0; i < 8; i++) {
      const wait = fail(t, 'a@x', `10.0.1.${i}`, now);
      waits.push(wait);
      now += wait;
      expect(fail(t, 'a@x', `10.0.1.${i}`, now)).toBe(0);
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });

  it('never delays the owner at an address they signed in from in the last 30 days', () => {
    const t = new SignInThrottle();
    t.recordAttempt('a@x', '192.0.2.1', t0);
    t.recordSuccess('a@x', '192.0.2.1', t0);
    for (let i = 0; i < 20; i++) fail(t, 'a@x', `10.0.0.${i}`, t0 + 1000);
    expect(t.check('a@x', '192.0.2.1', t0 + 1000).allowed).toBe(true);
    expect(t.check('a@x', '192.0.2.99', t0 + 1000).allowed).toBe(false);
    expect(t.check('a@x', '192.0.2.1', t0 + 31 * 24 * 60 * minute).allowed).toBe(true);
  });

  it('refuses an address after 100 failures across any emails, not after 10', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 99; i++) expect(fail(t, `u${i}@x`, '192.0.2.7', t0 + i)).toBe(0);
    expect(t.check('someone@x', '192.0.2.7', t0 + 100).allowed).toBe(true);
    t.recordAttempt('u99@x', '192.0.2.7', t0 + 100);
    expect(t.check('someone@x', '192.0.2.7', t0 + 101)).toMatchObject({ allowed: false, reason: expect.stringMatching(/from this address/) });
    expect(t.check('someone@x', '192.0.2.8', t0 + 101).allowed).toBe(true);
  });

  it('a success takes its attempt back: the owner signing in repeatedly never counts against anyone', () => {
    const t = new SignInThrottle();
    for (let i = 0; i < 50; i++) {
      expect(t.check('a@x', '192.0.2.1', t0 + i).allowed).toBe(true);
      t.recordAttempt('a@x', '192.0.2.1', t0 + i);
      t.recordSuccess('a@x', '192.0.2.1', t0 + i);
    }
    expect(t.check('b@x', '192.0.2.1', t0 + 60).allowed).toBe(true);
    expect(t.check('a@x', '10.9.9.9', t0 + 60).allowed).toBe(true);
  });
});
