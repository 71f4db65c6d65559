/**
 * Accounts: who may sign in, as which person, with which roles. Emails are kept lower-cased so
 * lookups are exact on both dialects (no collation surprises).
 */
import type { Kysely } from 'kysely';
import { isRole, type Role } from '../core/access/actor.js';
import type { Database } from './schema.js';

export interface Account {
  id: string;
  email: string;
  personId: string | null;
  /** The linked person's name, or the email for accounts without a person. */
  name: string;
  roles: Role[];
  passwordHash: string | null;
  createdAt: number;
  disabled: boolean;
}

export interface NewAccount {
  id: string;
  email: string;
  personId: string | null;
  roles: readonly Role[];
  passwordHash: string | null;
  createdAt: number;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Roles are stored as text; unknown names (from a newer version) are dropped, never guessed. */
export function parseRoles(text: string): Role[] {
  return text.split(',').map((r) => r.trim()).filter(isRole);
}

export class AccountRepository {
  constructor(private readonly db: Kysely<Database>) {}

  private base() {
    return this.db
      .selectFrom('accounts')
      .leftJoin('people', 'people.id', 'accounts.person')
      .select(['accounts.id', 'accounts.email', 'accounts.person', 'accounts.roles', 'accounts.password_hash', 'accounts.created_at', 'accounts.disabled', 'people.name']);
  }

  async findByEmail(email: string): Promise<Account | undefined> {
    const row = await this.base().where('accounts.email', '=', normaliseEmail(email)).executeTakeFirst();
    return row ? toAccount(row) : undefined;
  }

  async get(id: string): Promise<Account | undefined> {
    const row = await this.base().where('accounts.id', '=', id).executeTakeFirst();
    return row ? toAccount(row) : undefined;
  }

  async insert(a: NewAccount): Promise<void> {
    await this.db
      .insertInto('accounts')
      .values({ id: a.id, email: normaliseEmail(a.email), person: a.personId, roles: [...a.roles].join(','), password_hash: a.passwordHash, created_at: a.createdAt, disabled: 0 })
      .execute();
  }

  async setPasswordHash(id: string, passwordHash: string | null): Promise<void> {
    await this.db.updateTable('accounts').set({ password_hash: passwordHash }).where('id', '=', id).execute();
  }

  /** Every account's person, roles and state, without secrets: the administrator's home counts from it. */
  async outlines(): Promise<{ personId: string | null; roles: Role[]; disabled: boolean }[]> {
    const rows = await this.db.selectFrom('accounts').select(['person', 'roles', 'disabled']).execute();
    return rows.map((r) => ({ personId: r.person, roles: parseRoles(r.roles), disabled: Number(r.disabled) === 1 }));
  }

  /** Every account email, for bulk creation (the demo) to skip the ones that exist. */
  async emails(): Promise<Map<string, string>> {
    const rows = await this.db.selectFrom('accounts').select(['id', 'email']).execute();
    return new Map(rows.map((r) => [r.email, r.id]));
  }
}

interface AccountRow {
  id: string;
  email: string;
  person: string | null;
  roles: string;
  password_hash: string | null;
  created_at: number;
  disabled: number;
  name: string | null;
}

function toAccount(r: AccountRow): Account {
  return {
    id: r.id,
    email: r.email,
    personId: r.person,
    name: r.name ?? r.email,
    roles: parseRoles(r.roles),
    passwordHash: r.password_hash,
    createdAt: Number(r.created_at),
    disabled: Number(r.disabled) === 1,
  };
}
