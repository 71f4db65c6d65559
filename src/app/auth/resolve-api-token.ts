/**
 * From `Authorization: Bearer trellis_…` to the account the token acts as. Revoked tokens and
 * disabled accounts resolve to nothing. `last_used_at` is written at most once a minute.
 */
import type { Account } from '../../store/account-repository.js';
import type { AuthDeps } from './deps.js';
import { apiTokenPrefix, sha256Hex } from './secrets.js';

const touchEveryMs = 60_000;

export async function resolveApiToken({ data, runtime }: AuthDeps, token: string): Promise<{ tokenId: string; account: Account } | null> {
  if (!token.startsWith(apiTokenPrefix) || token.length > 200) return null;
  const found = await data.apiTokens.findByHash(sha256Hex(token));
  if (!found || found.revokedAt !== null) return null;
  const account = await data.accounts.get(found.accountId);
  if (!account || account.disabled) return null;
  const now = runtime.now();
  if (found.lastUsedAt === null || now - found.lastUsedAt >= touchEveryMs) await data.apiTokens.touch(found.id, now);
  return { tokenId: found.id, account };
}
