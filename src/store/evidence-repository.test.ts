import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../test/dialects.js';
import { seedOrg } from '../../test/seed-org.js';
import type { EvidenceItem } from '../core/evidence/index.js';
import { AccountRepository } from './account-repository.js';
import { dataAccess } from './data-access.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function item(id: string, date: string, extra: Partial<EvidenceItem> = {}): EvidenceItem {
  return { id, person: 'alan', title: `item ${id}`, date: day(date), kind: 'shipped', signals: [], dimensions: [], links: [], notes: '', outcome: null, createdBy: null, createdAt: 1, updatedAt: 1, ...extra };
}

describeEachDialect('living-document repositories', (dialect) => {
  let store: TestStore;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedOrg(store);
  });
  afterEach(async () => store.dispose());

  it('stores an evidence item with its lists and outcome link and reads it back as it was', async () => {
    const data = dataAccess(store.db);
    const full = item('e1', '2026-05-05', {
      kind: 'prevention',
      signals: ['reliability-impact'],
      dimensions: ['operational-responsibility', 'scope'],
      links: [{ url: 'https://git.example/pr/812', label: 'PR 812' }],
      notes: 'staged rollouts',
      outcome: { target: 'service', id: 'deploy-bot', at: Date.parse('2026-05-05T10:00:00Z'), windowDays: 90, metric: 'changeFailureRate' },
      createdBy: 'acct-alan',
      createdAt: 1_780_000_000_000,
      updatedAt: 1_780_000_000_000,
    });
    await data.evidence.insert(full);
    expect(await data.evidence.get('e1')).toEqual(full);
    await data.evidence.insert(item('e2', '2026-01-10'));
    expect(await data.evidence.get('e2')).toMatchObject({ outcome: null, signals: [], links: [] });
  });

  it('lists a person’s evidence in [from, to), oldest first, and nobody else’s', async () => {
    const data = dataAccess(store.db);
    for (const i of [item('b', '2026-03-01'), item('a', '2026-01-01'), item('c', '2026-07-01'), item('x', '2026-02-01', { person: 'barbara' })]) await data.evidence.insert(i);
    expect((await data.evidence.listEvidence('alan')).map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect((await data.evidence.listEvidence('alan', { from: day('2026-01-01'), to: day('2026-07-01') })).map((i) => i.id)).toEqual(['a', 'b']);
    expect((await data.evidence.listEvidence('alan', { from: day('2026-01-02') })).map((i) => i.id)).toEqual(['b', 'c']);
  });

  it('updates what the person wrote, keeps who created it, and deletes', async () => {
    const data = dataAccess(store.db);
    await data.evidence.insert(item('e1', '2026-05-05', { createdBy: 'acct-alan', createdAt: 5 }));
    await data.evidence.update(item('e1', '2026-05-06', { title: 'better title', createdBy: 'someone-else', createdAt: 99, updatedAt: 7, outcome: { target: 'slo', id: 'checkout-availability', at: 3, windowDays: 30 } }));
    expect(await data.evidence.get('e1')).toMatchObject({ title: 'better title', date: day('2026-05-06'), createdBy: 'acct-alan', createdAt: 5, updatedAt: 7, outcome: { target: 'slo', id: 'checkout-availability', at: 3, windowDays: 30 } });
    await data.evidence.delete('e1');
    expect(await data.evidence.get('e1')).toBeUndefined();
  });

  it('keeps goals newest quarter first and updates their status', async () => {
    const data = dataAccess(store.db);
    await data.goals.insert({ id: 'g1', person: 'alan', quarter: '2026-Q2', text: 'Ship rollouts', status: 'on-track', createdAt: 1, updatedAt: 1 });
    await data.goals.insert({ id: 'g2', person: 'alan', quarter: '2026-Q3', text: 'Tune alerts', status: 'not-started', createdAt: 2, updatedAt: 2 });
    await data.goals.update({ id: 'g1', person: 'alan', quarter: '2026-Q2', text: 'Ship rollouts', status: 'done', createdAt: 1, updatedAt: 3 });
    expect((await data.goals.listGoals('alan')).map((g) => [g.id, g.status, g.updatedAt])).toEqual([
      ['g2', 'not-started', 2],
      ['g1', 'done', 3],
    ]);
    expect(await data.goals.listGoals('barbara')).toEqual([]);
  });

  it('reads growth notes newest first with the author’s name, and survives a missing author account', async () => {
    const data = dataAccess(store.db);
    await new AccountRepository(store.db).insert({ id: 'acct-grace', email: 'grace@lumen.example', personId: 'grace', roles: ['manager'], passwordHash: null, createdAt: 0 });
    await data.growthNotes.insert({ id: 'n1', person: 'alan', authorAccount: 'acct-grace', text: 'Led the incident review well', shared: true, createdAt: 10, signal: 'reliability-impact' });
    await data.growthNotes.insert({ id: 'n2', person: 'alan', authorAccount: 'acct-gone', text: 'Draft', shared: false, createdAt: 20, signal: null });
    expect(await data.growthNotes.listGrowthNotes('alan')).toEqual([
      { id: 'n2', person: 'alan', authorAccount: 'acct-gone', authorName: null, text: 'Draft', shared: false, createdAt: 20, signal: null },
      { id: 'n1', person: 'alan', authorAccount: 'acct-grace', authorName: 'Grace Hopper', text: 'Led the incident review well', shared: true, createdAt: 10, signal: 'reliability-impact' },
    ]);
    // Only shared notes on a signal count as earlier feedback for the no-surprises check.
    expect(await data.growthNotes.sharedOnSignals(['alan'])).toEqual([{ id: 'n1', person: 'alan', signal: 'reliability-impact', sharedAt: 10 }]);
  });
});
