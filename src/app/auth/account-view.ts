/** The account as the API and the web app show it: never the password hash, never the disabled flag's internals. */
import type { Role } from '../../core/access/actor.js';
import type { Account } from '../../store/account-repository.js';

export interface AccountView {
  id: string;
  email: string;
  name: string;
  personId: string | null;
  roles: Role[];
}

export function toAccountView(a: Account): AccountView {
  return { id: a.id, email: a.email, name: a.name, personId: a.personId, roles: a.roles };
}
