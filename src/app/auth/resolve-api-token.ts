/**
 * From `Authorization: Bearer trellis_…` to the account the token acts as. Revoked tokens and
 * disabled accounts resolve to nothing. `last_used_at` is written at most once a minute.
 *
 * With a `sessionCache` (the HTTP server's), a token read in the last few seconds is not read
 * again, exactly as for sessions: revoking it in this process takes effect at once, elsewhere
 * within the cache's few seconds (see session-cache.ts).
 */
import type { Account } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';
import { touchEveryMs } from './resolve-session.js';
import { apiTokenPrefix, sha256Hex } from './secrets.js';

export async function resolveApiToken({ data, runtime, sessionCache }: AuthDeps, bearer: string): Promise<{ tokenId: string; account: Account } | null> {
  if (!bearer.startsWith(apiTokenPrefix) || bearer.length > 200) return null;
  const hash = sha256Hex(bearer);
  const now = runtime.now();
  let found = sessionCache?.getToken(hash, now);
  if (found === undefined) {
    const epoch = sessionCache?.epoch() ?? 0;
    const token = await data.apiTokens.findByHash(hash);
    if (!token || token.revokedAt !== null) return null;
    const account = await data.accounts.get(token.accountId);
    if (!account || account.disabled) return null;
    found = { token, account };
    sessionCache?.storeToken(hash, found, now, epoch);
  }
  const { token, account } = found;
  if (token.lastUsedAt === null || now - token.lastUsedAt >= touchEveryMs) {
    // Cached first, so the concurrent requests of this minute do not each write too.
    sessionCache?.updateToken(hash, { ...token, lastUsedAt: now });
    await data.apiTokens.touch(token.id, now);
  }
  return { tokenId: token.id, account };
}
