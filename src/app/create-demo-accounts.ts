/**
 * Accounts for the demo organisation, so `trellis demo` can be signed into at once: one per
 * named person of the story (roles from their part in it) and an engineer account for everyone
 * else, all linked to their person and sharing ONE freshly generated password, returned so the
 * CLI can print it. Nothing is stored in plain text.
 *
 * Run again (every `trellis demo` start), it creates what is missing and gives every demo account
 * a new password — the old one was printed once and is not recoverable. The accounts share one
 * hash (one salt) on purpose: they share the password by design, and one scrypt instead of one
 * per person keeps the large demo (~2,000 people) quick to start.
 */
import { operatorActor, type Role } from '../core/access/actor.js';
import { demoPeople, type DemoRole } from '../core/demo/index.js';
import type { Store } from '../store/db.js';
import { dataAccess } from '../store/data-access.js';
import { actorAccountOf, auditEntry } from './audit/audit-entry.js';
import { hashPassword, saltLength } from './auth/password.js';
import { assertAllowed } from './authorize.js';
import { collectAll } from './org/collect-all.js';
import { newId, systemRuntime, type Runtime } from './runtime.js';

export const demoRoles: Record<DemoRole, Role[]> = {
  director: ['calibrator', 'manager', 'engineer'],
  manager: ['manager', 'engineer'],
  engineer: ['engineer'],
  'people-partner': ['people-partner'],
  'compensation-reviewer': ['compensation-reviewer'],
  admin: ['admin'],
};

export interface DemoAccount {
  email: string;
  name: string;
  personId: string;
  roles: Role[];
}

export interface DemoAccounts {
  /** The one password of every demo account, to print; not stored anywhere. */
  password: string;
  /** The named people of the story, in story order (the ones worth printing). */
  named: DemoAccount[];
  created: number;
  updated: number;
}

/** Easy to read aloud and type: no 0/O, 1/l/I. 4 groups of 4 from 31 characters ≈ 79 bits. */
function demoPassword(runtime: Runtime): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = runtime.randomBytes(16);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

export async function createDemoAccounts(store: Store, runtime: Runtime = systemRuntime): Promise<DemoAccounts> {
  assertAllowed(operatorActor, 'write', { type: 'account', account: '*' });
  const data = dataAccess(store.db);
  const password = demoPassword(runtime);
  const passwordHash = await hashPassword(password, runtime.randomBytes(saltLength));
  const people = (await collectAll((p) => data.org.listPeople(p))).filter((p) => p.active && p.email);
  const named = new Map(demoPeople.map((d) => [d.id, d]));
  const hasReports = new Set(people.map((p) => p.manager).filter((m): m is string => m !== null));
  const existing = await data.accounts.emails();
  let created = 0;
  await data.transaction(async (r) => {
    for (const person of people) {
      const email = person.email!.toLowerCase();
      const id = existing.get(email);
      if (id !== undefined) {
        await r.accounts.setPasswordHash(id, passwordHash);
        continue;
      }
      // Team leads outside the story coach their reports too (Dev Patel's manager sees his load), so anyone with reports is a manager.
      const role = named.get(person.id)?.role ?? (hasReports.has(person.id) ? 'manager' : 'engineer');
      await r.accounts.insert({ id: newId(runtime), email, personId: person.id, roles: demoRoles[role], passwordHash, createdAt: runtime.now() });
      created++;
    }
    const detail = `demo accounts: ${created} created, ${people.length - created} given a new password`;
    await r.audit.append(auditEntry(runtime, actorAccountOf(operatorActor), { action: 'create', resourceType: 'account', detail }));
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  const namedAccounts = demoPeople
    .filter((d) => byId.has(d.id))
    .map((d) => ({ email: byId.get(d.id)!.email!.toLowerCase(), name: d.name, personId: d.id, roles: demoRoles[d.role] }));
  return { password, named: namedAccounts, created, updated: people.length - created };
}
