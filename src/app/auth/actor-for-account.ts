/**
 * Turning a signed-in account into the policy's actor. The reporting line is computed here —
 * the app layer — from people.manager, because the pure policy cannot query the store; it is
 * computed only for managers, the only role whose rights follow the line.
 */
import { accountActor, type AccountActor } from '../../core/access/actor.js';
import { reportingLine } from '../../core/org/cycles.js';
import type { Account } from '../../store/account-repository.js';
import type { OrgRepository } from '../../store/org-repository.js';

export async function actorForAccount(org: Pick<OrgRepository, 'managerMap'>, account: Account): Promise<AccountActor> {
  const line = account.personId !== null && account.roles.includes('manager') ? reportingLine(await org.managerMap(), account.personId) : [];
  return accountActor({ accountId: account.id, personId: account.personId, roles: account.roles, reportingLine: line });
}
