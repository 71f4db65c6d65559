import { describe, expect, it } from 'vitest';
import { emailChoices, nextAttemptDelay } from './kinds.js';

describe('notification kinds', () => {
  it('sends every kind by email unless the person turned it off', () => {
    const c = emailChoices(new Map([['reminder', false]]));
    expect(c.reminder).toBe(false);
    expect(c['cycle-opened']).toBe(true);
  });
  it('backs off exponentially and caps at an hour', () => {
    expect([1, 2, 3].map((a) => nextAttemptDelay(a, 1000))).toEqual([1000, 2000, 4000]);
    expect(nextAttemptDelay(30, 1000)).toBe(3_600_000);
  });
});
