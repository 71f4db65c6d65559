/**
 * Audit entries commit with what they record: when the audit entry cannot be written, the write
 * is rolled back and a private read returns nothing — never a change or a read without a trace.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts, testAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { accountActor, operatorActor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { createAccount } from '../auth/create-account.js';
import { createApiToken } from '../auth/create-api-token.js';
import { readPersonPrivate } from '../people/read-person-private.js';
import { systemRuntime } from '../runtime.js';

function withBrokenAudit(real: DataAccess): DataAccess {
  const audit = { append: async () => Promise.reject(new Error('audit log unavailable')) };
  return { ...real, transaction: (fn) => real.transaction((r) => fn({ ...r, audit: audit as unknown as typeof r.audit })) };
}

describeEachDialect('audit entries share the transaction of what they record', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = withBrokenAudit(dataAccess(store.db));
  });
  afterEach(async () => store.dispose());

  it('rolls back a new API token', async () => {
    await expect(createApiToken({ data, runtime: systemRuntime }, operatorActor, { accountId: testAccounts.admin.id, name: 'x' })).rejects.toThrow('audit log unavailable');
    expect(await store.db.selectFrom('api_tokens').selectAll().execute()).toEqual([]);
  });

  it('rolls back a new account', async () => {
    await expect(createAccount({ data, runtime: systemRuntime }, operatorActor, { email: 'new@lumen.example', roles: ['engineer'], password: null })).rejects.toThrow('audit log unavailable');
    expect(await store.db.selectFrom('accounts').select('id').where('email', '=', 'new@lumen.example').execute()).toEqual([]);
  });

  it('returns no private records when the read cannot be audited', async () => {
    const alan = accountActor({ accountId: testAccounts.alan.id, personId: 'alan', roles: ['engineer'] });
    await expect(readPersonPrivate({ data, runtime: systemRuntime }, alan, 'alan')).rejects.toThrow('audit log unavailable');
  });

  it('writes exactly one entry with a successful private read', async () => {
    const grace = accountActor({ accountId: testAccounts.grace.id, personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
    await readPersonPrivate({ data: dataAccess(store.db), runtime: systemRuntime }, grace, 'alan');
    const rows = await store.db.selectFrom('audit_log').selectAll().execute();
    expect(rows).toEqual([expect.objectContaining({ actor_account: testAccounts.grace.id, action: 'read', resource_type: 'person-private', subject_person: 'alan' })]);
  });
});
