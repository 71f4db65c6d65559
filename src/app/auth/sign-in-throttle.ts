/**
 * How password sign-in slows a guesser without letting anyone lock an account's owner out.
 *
 * A plain "10 failures per email, then blocked" lets anyone lock any account for good by guessing
 * wrong on purpose, and a plain "10 per address" blocks a whole office behind one proxy. So:
 *
 * - **email + address**: 10 failures in 15 minutes refuse that pair — one guesser on one account;
 * - **address**: a much higher ceiling, 100 failures in 15 minutes across every email, for a
 *   guesser spraying many accounts from one place (an office of honest typos stays far below);
 * - **email, progressive**: after 5 failures in 15 minutes from anywhere, each further attempt
 *   must wait 1 s, 2 s, 4 s … (at most 30 s) after the last failure. A guesser spread over many
 *   addresses gets at most two guesses a minute; the owner waits seconds, never 15 minutes.
 *   An address the account signed in from successfully in the last 30 days skips this delay, so
 *   the owner at their usual desk is not slowed at all while someone else guesses.
 *
 * Counted in memory per process, like the session cache (see FailureLimiter for the bounds).
 */
import { FailureLimiter } from './rate-limiter.js';

const minute = 60_000;
const window = 15 * minute;
export const signInLimits = {
  perPair: 10,
  perAddress: 100,
  freePerEmail: 5,
  maxDelayMs: 30_000,
  knownAddressMs: 30 * 24 * 60 * minute,
  windowMs: window,
} as const;

export type ThrottleDecision = { allowed: true } | { allowed: false; retryAfterMs: number; reason: string };

export class SignInThrottle {
  private readonly pairs = new FailureLimiter({ maxFailures: signInLimits.perPair, windowMs: window });
  private readonly addresses = new FailureLimiter({ maxFailures: signInLimits.perAddress, windowMs: window });
  private readonly emails = new FailureLimiter({ maxFailures: Number.MAX_SAFE_INTEGER, windowMs: window });
  /** `email address` → when it last signed in successfully; oldest forgotten first beyond the cap. */
  private readonly known = new Map<string, number>();

  /** May this attempt go on to the password check? */
  check(email: string, address: string, now: number): ThrottleDecision {
    const pair = this.pairs.retryAfter(pairKey(email, address), now);
    if (pair > 0) return { allowed: false, retryAfterMs: pair, reason: 'Too many failed sign-ins for this email from this address.' };
    const fromAddress = this.addresses.retryAfter(address, now);
    if (fromAddress > 0) return { allowed: false, retryAfterMs: fromAddress, reason: 'Too many failed sign-ins from this address.' };
    if (this.isKnown(email, address, now)) return { allowed: true };
    const failures = this.emails.recentTimes(email, now);
    if (failures.length >= signInLimits.freePerEmail) {
      const delay = Math.min(1000 * 2 ** (failures.length - signInLimits.freePerEmail), signInLimits.maxDelayMs);
      const wait = failures[failures.length - 1]! + delay - now;
      if (wait > 0) return { allowed: false, retryAfterMs: wait, reason: 'Several wrong passwords were tried for this email just now.' };
    }
    return { allowed: true };
  }

  /** Counted before the password is checked, so a burst of parallel guesses cannot all pass `check`. */
  recordAttempt(email: string, address: string, now: number): void {
    this.pairs.recordFailure(pairKey(email, address), now);
    this.addresses.recordFailure(address, now);
    this.emails.recordFailure(email, now);
  }

  /** The password was right: take the attempt back, and remember the address as the owner's. */
  recordSuccess(email: string, address: string, now: number): void {
    this.pairs.reset(pairKey(email, address));
    this.addresses.forgive(address, now);
    this.emails.forgive(email, now);
    const key = pairKey(email, address);
    this.known.delete(key);
    this.known.set(key, now);
    while (this.known.size > 50_000) this.known.delete(this.known.keys().next().value!);
  }

  private isKnown(email: string, address: string, now: number): boolean {
    const at = this.known.get(pairKey(email, address));
    return at !== undefined && now - at < signInLimits.knownAddressMs;
  }
}

const pairKey = (email: string, address: string): string => `${email} ${address}`;
