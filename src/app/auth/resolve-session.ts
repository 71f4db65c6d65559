/**
 * From a session cookie to the signed-in account, enforcing the sliding expiry. Expired sessions
 * are deleted on sight. `last_seen_at` is written at most once a minute, so a busy page does not
 * turn every request into a write (bookkeeping, not audited).
 */
import type { Account } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';
import { sha256Hex } from './secrets.js';
import { sessionIdleMs } from './start-session.js';

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: number;
  account: Account;
}

const touchEveryMs = 60_000;

export async function resolveSession({ data, runtime }: AuthDeps, token: string): Promise<ResolvedSession | null> {
  if (token.length === 0 || token.length > 200) return null;
  const id = sha256Hex(token);
  const session = await data.sessions.get(id);
  if (!session) return null;
  const now = runtime.now();
  if (now >= session.expiresAt || now >= session.lastSeenAt + sessionIdleMs) {
    await data.sessions.delete(id);
    return null;
  }
  const account = await data.accounts.get(session.accountId);
  if (!account || account.disabled) return null;
  if (now - session.lastSeenAt >= touchEveryMs) await data.sessions.touch(id, now);
  return { sessionId: id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, account };
}
