/**
 * Creating an API token for scripts and integrations. The token is returned once and stored only
 * as a hash; it acts with the roles of the account it belongs to.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import type { AuthDeps } from './deps.js';
import { apiTokenPrefix, newSecret, sha256Hex } from './secrets.js';

export interface NewApiToken {
  id: string;
  name: string;
  /** `trellis_…`: shown this once, never again. */
  token: string;
}

export async function createApiToken({ data, runtime }: AuthDeps, actor: Actor, input: { accountId: string; name: string }): Promise<NewApiToken> {
  assertAllowed(actor, 'write', { type: 'api-token', owner: input.accountId });
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) throw new TrellisError('BAD_INPUT', 'A token needs a name of 1 to 100 characters.', [{ field: 'name', message: 'must be 1 to 100 characters' }]);
  const account = await data.accounts.get(input.accountId);
  if (!account || account.disabled) throw new TrellisError('BAD_INPUT', 'Tokens can be created for active accounts only.');
  const id = newId(runtime);
  const token = `${apiTokenPrefix}${newSecret(runtime)}`;
  await data.transaction(async (r) => {
    await r.apiTokens.insert({ id, accountId: account.id, name, tokenHash: sha256Hex(token), createdAt: runtime.now() });
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'create', resourceType: 'api-token', resourceId: id, subjectPerson: account.personId, detail: name }));
  });
  return { id, name, token };
}
