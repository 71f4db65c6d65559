/**
 * 1:1 use cases on both dialects: the manager line runs a 1:1 with an action item carried over;
 * the report sees the shared notes and their own action items, never the private notes; the
 * cadence and overdue state follow the last 1:1; nothing is half-written when the audit fails.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { seedAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { seedOrg } from '../../../test/http-helpers.js';
import { accountActor } from '../../core/access/actor.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { DeliveryRepository } from '../../store/delivery-repository.js';
import { readLivingDocument } from '../living-document/read-living-document.js';
import { manualRuntime } from '../runtime.js';
import { listReportCadences } from './list-reports.js';
import { readOneOnOnes } from './read-one-on-ones.js';
import { recordOneOnOne, setActionDone, setCadence, updateOneOnOneNotes } from './write-one-on-ones.js';

const grace = accountActor({ accountId: 'acct-grace', personId: 'grace', roles: ['manager'], reportingLine: ['alan'] });
const ada = accountActor({ accountId: 'acct-ada', personId: 'ada', roles: ['calibrator', 'manager'], reportingLine: ['grace', 'alan', 'katherine', 'barbara'] });
const alan = accountActor({ accountId: 'acct-alan', personId: 'alan', roles: ['engineer'] });
const partner = accountActor({ accountId: 'acct-partner', personId: null, roles: ['people-partner'] });
const barbara = accountActor({ accountId: 'acct-barbara', personId: 'barbara', roles: ['engineer'] });
const secret = 'PRIVATE-MARKER worried about the move to Berlin';

describeEachDialect('1:1 use cases', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 2, 1, 10));
  beforeEach(async () => {
    runtime.set(Date.UTC(2026, 2, 1, 10));
    store = await freshStore(dialect);
    await seedOrg(store);
    await seedAccounts(store, true);
    data = dataAccess(store.db);
  });
  afterEach(async () => store.dispose());

  it('carries an open action item into the next agenda until it is marked done', async () => {
    const first = await recordOneOnOne({ data, runtime }, grace, 'alan', {
      heldOn: '2026-03-01',
      sharedNotes: 'Talked through the deploy-bot retry tests.',
      privateNotes: secret,
      actions: [{ text: 'Write the deploy-bot runbook', owner: 'report', dueOn: '2026-03-10' }, { text: 'Book the load-test slot', owner: 'manager' }],
    });
    expect(first.agenda.map((a) => a.source)).toEqual(['template', 'template', 'template', 'template']);
    expect(first.templateVersion).toBe(1);

    const view = await readOneOnOnes({ data, runtime }, grace, 'alan');
    const carried = view.next!.agenda.filter((a) => a.source === 'carried-over');
    expect(carried.map((a) => a.text)).toEqual(['Write the deploy-bot runbook (Alan Turing, due 2026-03-10)', 'Book the load-test slot (Grace Hopper)']);

    runtime.set(Date.UTC(2026, 2, 15, 10));
    const runbook = view.actions.find((a) => a.text.startsWith('Write'))!;
    const second = await recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-03-15', done: [runbook.id], topics: ['Conference budget'] });
    expect(second.agenda.filter((a) => a.source !== 'template').map((a) => a.text)).toEqual([
      'Write the deploy-bot runbook (Alan Turing, due 2026-03-10)',
      'Book the load-test slot (Grace Hopper)',
      'Conference budget',
    ]);
    const after = await readOneOnOnes({ data, runtime }, grace, 'alan');
    expect(after.next!.agenda.filter((a) => a.source === 'carried-over').map((a) => a.text)).toEqual(['Book the load-test slot (Grace Hopper)']);
    expect(after.meetings.map((m) => m.heldOn)).toEqual(['2026-03-15', '2026-03-01']);
    expect(after.meetings[1]!.privateNotes).toBe(secret);
  });

  it('shows the report the shared notes and their own action items, never the private notes', async () => {
    await recordOneOnOne({ data, runtime }, grace, 'alan', {
      heldOn: '2026-03-01',
      sharedNotes: 'Agreed the on-call swap for April.',
      privateNotes: secret,
      actions: [{ text: 'Write the deploy-bot runbook', owner: 'report' }, { text: 'Ask about the promotion timeline', owner: 'manager' }],
    });
    const mine = await readOneOnOnes({ data, runtime }, alan, 'alan');
    expect(mine.meetings.map((m) => [m.sharedNotes, m.privateNotes])).toEqual([['Agreed the on-call swap for April.', null]]);
    expect(mine.actions.map((a) => a.text)).toEqual(['Write the deploy-bot runbook']);
    expect(mine.next).toBeNull();
    expect([mine.seesPrivate, mine.mayWrite]).toEqual([false, false]);
    expect(JSON.stringify(mine)).not.toContain('PRIVATE-MARKER');
    // People partners read the shared record, not the manager's private thinking.
    expect(JSON.stringify(await readOneOnOnes({ data, runtime }, partner, 'alan'))).not.toContain('PRIVATE-MARKER');
    // The manager line above the manager does.
    expect(JSON.stringify(await readOneOnOnes({ data, runtime }, ada, 'alan'))).toContain('PRIVATE-MARKER');

    // The living document's "From 1:1s" carries the shared notes only — for every reader,
    // the manager line included: private notes stay on the 1:1 page.
    const docDeps = { data, runtime, delivery: new DeliveryRepository(store.db) };
    for (const reader of [alan, grace, ada, partner]) {
      const doc = await readLivingDocument(docDeps, reader, 'alan');
      expect(doc.oneOnOnes).toEqual({ visible: true, items: [expect.objectContaining({ heldOn: '2026-03-01', manager: { id: 'grace', name: 'Grace Hopper' }, text: 'Agreed the on-call swap for April.' })] });
      expect(JSON.stringify(doc)).not.toContain('PRIVATE-MARKER');
    }
  });

  it('lets only the manager line write', async () => {
    await expect(recordOneOnOne({ data, runtime }, alan, 'alan', { heldOn: '2026-03-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(setCadence({ data, runtime }, alan, 'alan', { days: 7 })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(recordOneOnOne({ data, runtime }, partner, 'alan', { heldOn: '2026-03-01' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(readOneOnOnes({ data, runtime }, barbara, 'alan')).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const m = await recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-03-01', actions: [{ text: 'Runbook', owner: 'report' }] });
    const action = (await readOneOnOnes({ data, runtime }, grace, 'alan')).actions[0]!;
    await expect(setActionDone({ data, runtime }, alan, 'alan', action.id, { done: true })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(updateOneOnOneNotes({ data, runtime }, alan, 'alan', m.id, { sharedNotes: 'mine now' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses bad input naming the field, and a 1:1 in the future', async () => {
    await expect(recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-3-1' })).rejects.toMatchObject({ code: 'BAD_INPUT', problems: [{ field: 'heldOn', message: 'must be a date (YYYY-MM-DD)' }] });
    await expect(recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-03-02' })).rejects.toMatchObject({ code: 'BAD_INPUT', problems: [{ field: 'heldOn', message: expect.stringMatching(/after today/) }] });
    await expect(recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-03-01', done: ['nope'] })).rejects.toMatchObject({ code: 'BAD_INPUT' });
    await expect(setCadence({ data, runtime }, grace, 'alan', { days: 0 })).rejects.toMatchObject({ code: 'BAD_INPUT', problems: [{ field: 'days', message: 'must be between 1 and 90 days' }] });
    await expect(readOneOnOnes({ data, runtime }, grace, 'nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await data.oneOnOnes.meetings('grace', 'alan')).toEqual([]);
  });

  it('lists the manager’s reports with cadence and overdue state', async () => {
    expect(await listReportCadences({ data, runtime }, grace)).toEqual([expect.objectContaining({ id: 'alan', cadenceDays: 14, lastHeldOn: null, overdue: true })]);
    await recordOneOnOne({ data, runtime }, grace, 'alan', { heldOn: '2026-02-20', actions: [{ text: 'Runbook', owner: 'report' }] });
    expect(await listReportCadences({ data, runtime }, grace)).toEqual([expect.objectContaining({ id: 'alan', lastHeldOn: '2026-02-20', dueOn: '2026-03-06', overdue: false, openActions: 1 })]);
    await setCadence({ data, runtime }, grace, 'alan', { days: 5 });
    expect(await listReportCadences({ data, runtime }, grace)).toEqual([expect.objectContaining({ cadenceDays: 5, dueOn: '2026-02-25', overdue: true, daysOverdue: 1 })]);
    // Katherine's reports are hers: Grace's list has only her own direct report; an engineer's list is empty.
    expect(await listReportCadences({ data, runtime }, alan)).toEqual([]);
  });

  it('writes nothing when the audit entry cannot be written', async () => {
    const broken: DataAccess = { ...data, transaction: (fn) => data.transaction((r) => fn({ ...r, audit: { append: () => Promise.reject(new Error('audit log unavailable')) } as never })) };
    await expect(recordOneOnOne({ data: broken, runtime }, grace, 'alan', { heldOn: '2026-03-01', privateNotes: secret, actions: [{ text: 'Runbook', owner: 'report' }] })).rejects.toThrow('audit log unavailable');
    expect(await data.oneOnOnes.meetings('grace', 'alan')).toEqual([]);
    expect(await data.oneOnOnes.actionsOfReport('alan')).toEqual([]);
  });
});
