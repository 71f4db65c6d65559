/**
 * Turning a signed-in account into the policy's actor. The reporting line is computed here —
 * the app layer — from people.manager, because the pure policy cannot query the store; it is
 * computed only for managers, the only role whose rights follow the line.
 */
import { accountActor, type AccountActor } from '../../core/access/actor.js';
import { reportingLine } from '../../core/org/cycles.js';
import type { Account } from '../../store/account-repository.js';
import type { OrgRepository } from '../../store/org-repository.js';
import type { ReportingLineCache } from './reporting-line-cache.js';

/** `lines`: a per-process cache (see reporting-line-cache.ts); absent, the line is computed every time. */
export async function actorForAccount(org: Pick<OrgRepository, 'managerMap'>, account: Account, lines?: ReportingLineCache): Promise<AccountActor> {
  const person = account.personId;
  const isManager = person !== null && account.roles.includes('manager');
  const line = !isManager ? [] : lines ? await lines.lineOf(org, person) : reportingLine(await org.managerMap(), person);
  return accountActor({ accountId: account.id, personId: account.personId, roles: account.roles, reportingLine: line });
}
