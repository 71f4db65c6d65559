/** The signed-in administrator's own API tokens (never the secrets: those were shown once). */
import type { Actor } from '../../core/access/actor.js';
import type { ApiToken } from '../../store/api-token-repository.js';
import { assertAllowed } from '../authorize.js';
import type { AuthDeps } from './deps.js';

export async function listApiTokens({ data }: AuthDeps, actor: Actor, accountId: string): Promise<ApiToken[]> {
  assertAllowed(actor, 'read', { type: 'api-token', owner: accountId });
  return data.apiTokens.listForAccount(accountId);
}
