/**
 * Opening a browser session for an account that has proved who it is (password or OIDC).
 *
 * Lifetime: a session ends after 12 hours without use or 7 days after sign-in, whichever comes
 * first — a forgotten laptop does not stay signed in, an active day is never interrupted.
 */
import type { Account } from '../../store/account-repository.js';
import { auditEntry } from '../audit/audit-entry.js';
import { toAccountView, type AccountView } from './account-view.js';
import type { AuthDeps } from './deps.js';
import { newSecret, sha256Hex } from './secrets.js';

export const sessionIdleMs = 12 * 60 * 60_000;
export const sessionMaxMs = 7 * 24 * 60 * 60_000;

export interface StartedSession {
  /** The cookie value: shown to the browser once, stored only as its hash. */
  token: string;
  csrfToken: string;
  expiresAt: number;
  account: AccountView;
}

export async function startSession({ data, runtime }: AuthDeps, account: Account, method: 'password' | 'oidc'): Promise<StartedSession> {
  const now = runtime.now();
  const token = newSecret(runtime);
  const csrfToken = newSecret(runtime);
  const expiresAt = now + sessionMaxMs;
  await data.transaction(async (r) => {
    // Housekeeping rides along with sign-ins rather than needing a scheduler.
    await r.sessions.deleteExpired(now, sessionIdleMs);
    await r.sessions.insert({ id: sha256Hex(token), accountId: account.id, csrfToken, createdAt: now, expiresAt, lastSeenAt: now });
    await r.audit.append(auditEntry(runtime, account.id, { action: 'sign-in', resourceType: 'account', resourceId: account.id, subjectPerson: account.personId, detail: method }));
  });
  return { token, csrfToken, expiresAt, account: toAccountView(account) };
}
