/**
 * Revoking an API token: it stops working at once — in this process its cached copy goes too;
 * other instances stop accepting it within the cache's few seconds (see session-cache.ts). The
 * row stays for the audit trail. Revoking twice is harmless.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import type { AuthDeps } from './deps.js';

export async function revokeApiToken({ data, runtime, sessionCache }: AuthDeps, actor: Actor, id: string): Promise<void> {
  const token = await data.apiTokens.get(id);
  if (!token) throw new TrellisError('NOT_FOUND', `No API token with id "${id}".`);
  assertAllowed(actor, 'write', { type: 'api-token', owner: token.accountId });
  if (token.revokedAt === null) {
    await data.transaction(async (r) => {
      await r.apiTokens.revoke(id, runtime.now());
      await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'revoke', resourceType: 'api-token', resourceId: id, detail: token.name }));
    });
  }
  // Also when it was already revoked (by another instance): this process may still hold it.
  sessionCache?.forgetToken(id);
}
