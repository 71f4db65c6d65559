/**
 * Living-document writes commit with their audit entry, and another person's read returns nothing
 * when it cannot be audited: the same guarantee as src/app/audit/same-transaction.test.ts.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts, testAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { accountActor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { manualRuntime } from '../runtime.js';
import { addEvidence } from './add-evidence.js';
import type { LivingDocumentDeps } from './deps.js';
import { addGoal } from './goals.js';
import { addGrowthNote } from './growth-notes.js';
import { readLivingDocument } from './read-living-document.js';
import { deleteEvidence } from './update-evidence.js';

function withBrokenAudit(real: DataAccess): DataAccess {
  const audit = { append: async () => Promise.reject(new Error('audit log unavailable')) };
  return { ...real, transaction: (fn) => real.transaction((r) => fn({ ...r, audit: audit as unknown as typeof r.audit })) };
}

const alan = accountActor({ accountId: testAccounts.alan.id, personId: 'alan', roles: ['engineer'] });
const grace = accountActor({ accountId: testAccounts.grace.id, personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const runtime = manualRuntime(Date.UTC(2026, 10, 2));

describeEachDialect('living-document writes share the transaction of their audit entry', (dialect) => {
  let store: TestStore;
  let broken: LivingDocumentDeps;
  let working: LivingDocumentDeps;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    working = { data: dataAccess(store.db), runtime, delivery: new DeliveryRepository(store.db) };
    broken = { ...working, data: withBrokenAudit(working.data) };
  });
  afterEach(async () => store.dispose());

  it('rolls back a new evidence item, goal and growth note', async () => {
    await expect(addEvidence(broken, alan, 'alan', { title: 'Runbook', date: '2026-01-05', kind: 'glue-work' })).rejects.toThrow('audit log unavailable');
    await expect(addGoal(broken, alan, 'alan', { quarter: '2026-Q4', text: 'x' })).rejects.toThrow('audit log unavailable');
    await expect(addGrowthNote(broken, grace, 'alan', { text: 'x' })).rejects.toThrow('audit log unavailable');
    for (const table of ['evidence_items', 'goals', 'growth_notes'] as const) expect(await store.db.selectFrom(table).select('id').execute(), table).toEqual([]);
  });

  it('keeps an evidence item whose deletion could not be audited', async () => {
    const item = await addEvidence(working, alan, 'alan', { title: 'Runbook', date: '2026-01-05', kind: 'glue-work' });
    await expect(deleteEvidence(broken, alan, 'alan', item.id)).rejects.toThrow('audit log unavailable');
    expect(await working.data.evidence.get(item.id)).toMatchObject({ title: 'Runbook' });
  });

  it('returns nothing to a manager whose read cannot be audited; the person’s own read needs no entry', async () => {
    await expect(readLivingDocument(broken, grace, 'alan')).rejects.toThrow('audit log unavailable');
    expect((await readLivingDocument(broken, alan, 'alan')).person.id).toBe('alan');
  });
});
