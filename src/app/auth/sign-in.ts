/**
 * Signing in with email and password. Attempts are throttled per email + address, per address
 * and (progressively) per email — see sign-in-throttle.ts — so a guesser is slowed while the
 * owner is never locked out; a throttled attempt is refused before any password work. Wrong
 * password, unknown email and disabled account all give the same INVALID_CREDENTIALS after the
 * same scrypt work, so neither the answer nor its timing tells which emails have accounts.
 */
import { TrellisError } from '../../errors.js';
import { normaliseEmail } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';
import { verifyPassword } from './password.js';
import type { SignInThrottle } from './sign-in-throttle.js';
import { startSession, type StartedSession } from './start-session.js';

export interface SignInDeps extends AuthDeps {
  throttle: SignInThrottle;
}

export interface SignInInput {
  email: string;
  password: string;
  /** The client address, for the per-address and per-pair limits. */
  clientIp: string;
}

export async function signIn(deps: SignInDeps, input: SignInInput): Promise<StartedSession> {
  const email = normaliseEmail(input.email);
  const now = deps.runtime.now();
  const decision = deps.throttle.check(email, input.clientIp, now);
  if (!decision.allowed) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    const error = new TrellisError('RATE_LIMITED', `${decision.reason} Try again in ${seconds < 120 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`}.`);
    error.retryAfterSeconds = seconds;
    throw error;
  }

  // Count the attempt as failed before checking it, so a burst of parallel guesses cannot all
  // pass the check above while the first ones are still hashing.
  deps.throttle.recordAttempt(email, input.clientIp, now);

  const account = await deps.data.accounts.findByEmail(email);
  const ok = await verifyPassword(input.password, account?.passwordHash);
  if (!account || !ok || account.disabled) throw new TrellisError('INVALID_CREDENTIALS');
  deps.throttle.recordSuccess(email, input.clientIp, now);
  return startSession(deps, account, 'password');
}
