/**
 * From a session cookie to the signed-in account, enforcing the sliding expiry. Expired sessions
 * are deleted on sight. `last_seen_at` is written at most once a minute, so a busy page does not
 * turn every request into a write (bookkeeping, not audited): with a 12-hour idle limit, a minute
 * of slack only means a session may end up to a minute before 12 idle hours have passed since
 * its very last request — never later.
 *
 * With a `sessionCache` (the HTTP server's), a session read in the last few seconds is not read
 * again; expiry is still checked on every request. See session-cache.ts for what that trades.
 */
import type { Account } from '../../store/account-repository.js';
import type { Session } from '../../store/session-repository.js';
import type { AuthDeps } from './deps.js';
import { sha256Hex } from './secrets.js';
import { sessionIdleMs } from './start-session.js';

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: number;
  account: Account;
}

export const touchEveryMs = 60_000;

const expired = (session: Session, now: number) => now >= session.expiresAt || now >= session.lastSeenAt + sessionIdleMs;

export async function resolveSession({ data, runtime, sessionCache }: AuthDeps, token: string): Promise<ResolvedSession | null> {
  if (token.length === 0 || token.length > 200) return null;
  const id = sha256Hex(token);
  const now = runtime.now();
  let found = sessionCache?.get(id, now);
  // A cached session that looks expired is read again: another instance may have seen it since.
  if (found !== undefined && expired(found.session, now)) {
    sessionCache?.forget(id);
    found = undefined;
  }
  if (found === undefined) {
    const epoch = sessionCache?.epoch() ?? 0;
    const session = await data.sessions.get(id);
    if (!session) return null;
    if (expired(session, now)) {
      await data.sessions.delete(id);
      return null;
    }
    const account = await data.accounts.get(session.accountId);
    if (!account || account.disabled) return null;
    found = { session, account };
    sessionCache?.store(id, found, now, epoch);
  }
  const { session, account } = found;
  if (now - session.lastSeenAt >= touchEveryMs) {
    // Cached first, so the concurrent requests of this minute do not each write too.
    sessionCache?.update(id, { ...session, lastSeenAt: now });
    await data.sessions.touch(id, now);
  }
  return { sessionId: id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, account };
}
