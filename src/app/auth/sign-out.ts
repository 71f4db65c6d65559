/**
 * Signing out: the session row goes (so the cookie is worthless even if kept), with an audit entry,
 * and this process's cached copy goes with it, so the next request here is refused at once
 * (other instances stop accepting it within the cache's few seconds; see session-cache.ts).
 */
import { auditEntry } from '../audit/audit-entry.js';
import type { Account } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';

export async function signOut({ data, runtime, sessionCache }: AuthDeps, sessionId: string, account: Account): Promise<void> {
  await data.transaction(async (r) => {
    await r.sessions.delete(sessionId);
    await r.audit.append(auditEntry(runtime, account.id, { action: 'sign-out', resourceType: 'account', resourceId: account.id, subjectPerson: account.personId }));
  });
  sessionCache?.forget(sessionId);
}
