/**
 * The clock and the randomness the use cases depend on, passed in rather than reached for, so
 * the core stays pure and tests can fix the time (session expiry, rate limits, the 90-day window).
 */
import { randomBytes } from 'node:crypto';

export interface Runtime {
  /** Epoch milliseconds. */
  now(): number;
  /** Cryptographically strong random bytes (tokens, salts, ids). */
  randomBytes(size: number): Buffer;
}

export const systemRuntime: Runtime = {
  now: () => Date.now(),
  randomBytes: (size) => randomBytes(size),
};

/** A new opaque id: 128 random bits as hex (URL-safe, and never starting with a dash on a command line). */
export function newId(runtime: Runtime): string {
  return runtime.randomBytes(16).toString('hex');
}

/** A runtime whose clock a test moves by hand; randomness stays real. */
export function manualRuntime(start: number): Runtime & { advance(ms: number): void; set(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    randomBytes: (size) => randomBytes(size),
    advance(ms) {
      t += ms;
    },
    set(ms) {
      t = ms;
    },
  };
}
