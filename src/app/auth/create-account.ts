/**
 * Creating an account: by an administrator, or by the operator at the command line (which is how
 * the first administrator comes to exist). There is no self-registration.
 */
import type { Actor, Role } from '../../core/access/actor.js';
import { TrellisError, type Problem } from '../../errors.js';
import { normaliseEmail } from '../../store/account-repository.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { toAccountView, type AccountView } from './account-view.js';
import type { AuthDeps } from './deps.js';
import { hashPassword, saltLength } from './password.js';

export const minPasswordLength = 12;

export interface CreateAccountInput {
  email: string;
  roles: readonly Role[];
  personId?: string | null;
  /** Null or absent: the account signs in through OIDC only. */
  password?: string | null;
}

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createAccount(deps: AuthDeps, actor: Actor, input: CreateAccountInput): Promise<AccountView> {
  const { data, runtime } = deps;
  const id = newId(runtime);
  assertAllowed(actor, 'write', { type: 'account', account: id });
  const email = normaliseEmail(input.email);
  const problems: Problem[] = [];
  if (!emailShape.test(email)) problems.push({ field: 'email', message: `"${input.email}" is not an email address` });
  if (input.roles.length === 0) problems.push({ field: 'roles', message: 'give at least one role' });
  if (input.password != null && [...input.password].length < minPasswordLength) problems.push({ field: 'password', message: `must be at least ${minPasswordLength} characters` });
  if (problems.length > 0) throw new TrellisError('BAD_INPUT', 'The account is not valid.', problems);
  if (await data.accounts.findByEmail(email)) throw new TrellisError('BAD_INPUT', `${email} already has an account.`, [{ field: 'email', message: 'is taken' }]);
  const personId = input.personId ?? null;
  if (personId !== null && !(await data.org.getPerson(personId))) throw new TrellisError('BAD_INPUT', `No person with id "${personId}".`, [{ field: 'person', message: 'does not exist' }]);

  const passwordHash = input.password == null ? null : await hashPassword(input.password, runtime.randomBytes(saltLength));
  return data.transaction(async (r) => {
    await r.accounts.insert({ id, email, personId, roles: [...new Set(input.roles)], passwordHash, createdAt: runtime.now() });
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'create', resourceType: 'account', resourceId: id, subjectPerson: personId, detail: `${email} as ${[...new Set(input.roles)].join(', ')}` }));
    return toAccountView((await r.accounts.get(id))!);
  });
}
