/**
 * Test accounts for the seeded organisation (test/http-helpers.ts): one per role, linked to the
 * seeded people where the role belongs to a person. Everyone shares one password, hashed once per
 * test process (a scrypt per account would slow every server set-up for nothing).
 */
import type { Role } from '../src/core/access/actor.js';
import { hashPassword, saltLength } from '../src/app/auth/password.js';
import { systemRuntime } from '../src/app/runtime.js';
import { AccountRepository } from '../src/store/account-repository.js';
import type { Store } from '../src/store/db.js';

export const testPassword = 'correct horse battery staple';

export interface TestAccount {
  id: string;
  email: string;
  personId: string | null;
  roles: Role[];
}

const account = (key: string, roles: Role[], personId: string | null = null): TestAccount => ({ id: `acct-${key}`, email: `${key}@lumen.example`, personId, roles });

/** Ada heads the organisation: Ada → Grace → Alan; Ada → Katherine → Barbara (and Edsger, who left). */
export const testAccounts = {
  ada: account('ada', ['calibrator', 'manager', 'engineer'], 'ada'),
  grace: account('grace', ['manager', 'engineer'], 'grace'),
  alan: account('alan', ['engineer'], 'alan'),
  katherine: account('katherine', ['manager', 'engineer'], 'katherine'),
  barbara: account('barbara', ['engineer'], 'barbara'),
  partner: account('partner', ['people-partner']),
  reviewer: account('reviewer', ['compensation-reviewer']),
  admin: account('admin', ['admin']),
  /** An engineer with no person record: the default caller of route tests that only read the directory. */
  viewer: account('viewer', ['engineer']),
} as const satisfies Record<string, TestAccount>;

export type TestAccountKey = keyof typeof testAccounts;

let sharedHash: Promise<string> | undefined;

export function testPasswordHash(): Promise<string> {
  sharedHash ??= hashPassword(testPassword, systemRuntime.randomBytes(saltLength));
  return sharedHash;
}

/** Insert the test accounts; those linked to a person only when `withPeople` (the people must exist). */
export async function seedAccounts(store: Store, withPeople: boolean): Promise<void> {
  const repo = new AccountRepository(store.db);
  const passwordHash = await testPasswordHash();
  for (const a of Object.values(testAccounts) as TestAccount[]) {
    if (a.personId !== null && !withPeople) continue;
    await repo.insert({ ...a, passwordHash, createdAt: Date.UTC(2024, 0, 1) });
  }
}
