import { expect, it } from 'vitest';
import { FailureLimiter } from './rate-limiter.js';

const minute = 60_000;

it('blocks a key after maxFailures in the window, and lets it go as the failures age out', () => {
  const l = new FailureLimiter({ maxFailures: 3, windowMs: 15 * minute });
  for (let i = 0; i < 3; i++) {
    expect(l.isBlocked('k', i * minute)).toBe(false);
    l.recordFailure('k', i * minute);
  }
  expect(l.isBlocked('k', 3 * minute)).toBe(true);
  expect(l.isBlocked('other', 3 * minute)).toBe(false);
  // The first failure (t=0) leaves the window at t=15 min; then only two remain.
  expect(l.isBlocked('k', 15 * minute - 1)).toBe(true);
  expect(l.isBlocked('k', 15 * minute)).toBe(false);
});

it('forgets a key on reset (a successful sign-in clears the email’s count)', () => {
  const l = new FailureLimiter({ maxFailures: 1, windowMs: minute });
  l.recordFailure('k', 0);
  expect(l.isBlocked('k', 1)).toBe(true);
  l.reset('k');
  expect(l.isBlocked('k', 1)).toBe(false);
});

it('keeps at most maxKeys keys, forgetting the least recently failed first', () => {
  const l = new FailureLimiter({ maxFailures: 1, windowMs: minute, maxKeys: 2 });
  l.recordFailure('a', 0);
  l.recordFailure('b', 1);
  l.recordFailure('a', 2);
  l.recordFailure('c', 3);
  expect(l.isBlocked('a', 4)).toBe(true);
  expect(l.isBlocked('b', 4)).toBe(false);
  expect(l.isBlocked('c', 4)).toBe(true);
});

it('takes back one failure with forgive', () => {
  const l = new FailureLimiter({ maxFailures: 2, windowMs: minute });
  l.recordFailure('k', 1);
  l.recordFailure('k', 2);
  expect(l.isBlocked('k', 3)).toBe(true);
  l.forgive('k', 2);
  expect(l.isBlocked('k', 3)).toBe(false);
  l.forgive('unknown', 2);
});
