/**
 * The repositories a use case works with, and a way to run several of them in one transaction.
 * Use cases that write — and reads of private records, which must leave an audit entry — go
 * through `transaction`, so the change and its audit entry commit or roll back together.
 */
import type { Kysely } from 'kysely';
import { AccountRepository } from './account-repository.js';
import { ApiTokenRepository } from './api-token-repository.js';
import { AuditRepository } from './audit-repository.js';
import { OidcLoginRepository } from './oidc-login-repository.js';
import { OrgRepository } from './org-repository.js';
import { PersonRecordsRepository } from './person-records-repository.js';
import type { Database } from './schema.js';
import { SessionRepository } from './session-repository.js';

export interface Repositories {
  org: OrgRepository;
  accounts: AccountRepository;
  sessions: SessionRepository;
  apiTokens: ApiTokenRepository;
  audit: AuditRepository;
  oidcLogins: OidcLoginRepository;
  personRecords: PersonRecordsRepository;
}

export interface DataAccess extends Repositories {
  transaction<T>(fn: (repos: Repositories) => Promise<T>): Promise<T>;
}

function repositories(db: Kysely<Database>): Repositories {
  return {
    org: new OrgRepository(db),
    accounts: new AccountRepository(db),
    sessions: new SessionRepository(db),
    apiTokens: new ApiTokenRepository(db),
    audit: new AuditRepository(db),
    oidcLogins: new OidcLoginRepository(db),
    personRecords: new PersonRecordsRepository(db),
  };
}

export function dataAccess(db: Kysely<Database>): DataAccess {
  return { ...repositories(db), transaction: (fn) => db.transaction().execute((trx) => fn(repositories(trx))) };
}
