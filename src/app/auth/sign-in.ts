/**
 * Signing in with email and password. Failures are counted per email and per client address
 * (rate-limiter.ts); a blocked attempt is refused before any password work. Wrong password,
 * unknown email and disabled account all give the same INVALID_CREDENTIALS after the same
 * scrypt work, so neither the answer nor its timing tells which emails have accounts.
 */
import { TrellisError } from '../../errors.js';
import { normaliseEmail } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';
import { verifyPassword } from './password.js';
import type { FailureLimiter } from './rate-limiter.js';
import { startSession, type StartedSession } from './start-session.js';

export interface SignInDeps extends AuthDeps {
  limiter: FailureLimiter;
}

export interface SignInInput {
  email: string;
  password: string;
  /** The client address, for the per-address limit. */
  clientIp: string;
}

export async function signIn(deps: SignInDeps, input: SignInInput): Promise<StartedSession> {
  const email = normaliseEmail(input.email);
  const keys = [`email:${email}`, `ip:${input.clientIp}`];
  const now = deps.runtime.now();
  if (keys.some((k) => deps.limiter.isBlocked(k, now))) throw new TrellisError('RATE_LIMITED');

  // Count the attempt as failed before checking it, so a burst of parallel guesses cannot all
  // pass the check above while the first ones are still hashing.
  for (const k of keys) deps.limiter.recordFailure(k, now);

  const account = await deps.data.accounts.findByEmail(email);
  const ok = await verifyPassword(input.password, account?.passwordHash);
  if (!account || !ok || account.disabled) throw new TrellisError('INVALID_CREDENTIALS');
  deps.limiter.reset(keys[0]!);
  deps.limiter.forgive(keys[1]!, now);
  return startSession(deps, account, 'password');
}
