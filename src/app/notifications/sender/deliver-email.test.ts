/**
 * One delivery attempt, on both dialects, with a mailer that records or fails: an email taken by
 * two senders at once is sent once; failures back off and then fail; an email left taken by a
 * sender that stopped goes back to pending.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeEachDialect, freshStore, type TestStore } from '../../../../test/dialects.js';
import { seedOrg } from '../../../../test/http-helpers.js';
import { dataAccess, type DataAccess } from '../../../store/data-access.js';
import { manualRuntime } from '../../runtime.js';
import { notify } from '../notify.js';
import { deliverEmail, staleAfterMs, type Mailer, type OutgoingEmail } from './deliver-email.js';

const settings = { maxAttempts: 3, retryBaseMs: 1000, publicUrl: 'https://trellis.example.com' };

describeEachDialect('delivering one outbox email', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  const runtime = manualRuntime(Date.UTC(2026, 2, 1));
  let sent: OutgoingEmail[];
  let failing: boolean;
  const mailer: Mailer = {
    async send(m) {
      await new Promise((r) => setTimeout(r, 5));
      if (failing) throw Object.assign(new Error('refused'), { response: '550 5.7.1 Relaying denied' });
      sent.push(m);
    },
    close: () => undefined,
  };
  beforeEach(async () => {
    runtime.set(Date.UTC(2026, 2, 1));
    store = await freshStore(dialect);
    await seedOrg(store);
    data = dataAccess(store.db);
    sent = [];
    failing = false;
    await data.transaction((r) => notify(r, runtime, ['alan'], { kind: 'reminder', title: 'Reminder: your self review', body: 'Not submitted yet.', link: '/cycles/c1' }));
  });
  afterEach(async () => store.dispose());
  const only = async () => (await data.notifications.dueEmails(Number.MAX_SAFE_INTEGER, 10))[0] ?? (await data.notifications.emailsWithStatus('failed', 1))[0]!;

  it('sends once when two senders take the same email at once, with the link made absolute', async () => {
    const { id } = await only();
    const outcomes = await Promise.all([deliverEmail(data, runtime, mailer, settings, id), deliverEmail(data, runtime, mailer, settings, id)]);
    expect(outcomes.sort()).toEqual(['sent', 'skipped']);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('Open it in Trellis: https://trellis.example.com/cycles/c1');
    expect((await data.notifications.email(id))?.status).toBe('sent');
  });

  it('backs off after a failure and fails after the last attempt, keeping the server’s answer', async () => {
    failing = true;
    const { id } = await only();
    expect(await deliverEmail(data, runtime, mailer, settings, id)).toBe('retry');
    expect(await data.notifications.email(id)).toMatchObject({ status: 'pending', attempts: 1, nextAttemptAt: runtime.now() + 1000, lastError: '550 5.7.1 Relaying denied' });
    expect(await deliverEmail(data, runtime, mailer, settings, id)).toBe('retry');
    expect((await data.notifications.email(id))?.nextAttemptAt).toBe(runtime.now() + 2000);
    expect(await deliverEmail(data, runtime, mailer, settings, id)).toBe('failed');
    expect(await data.notifications.email(id)).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await deliverEmail(data, runtime, mailer, settings, id)).toBe('skipped');
  });

  it('puts an email left taken by a stopped sender back to pending after an hour', async () => {
    const { id } = await only();
    expect(await data.notifications.startSending(id, runtime.now())).toBe(true);
    expect(await data.notifications.requeueStale(runtime.now() - staleAfterMs)).toBe(0);
    runtime.advance(staleAfterMs + 1);
    expect(await data.notifications.requeueStale(runtime.now() - staleAfterMs)).toBe(1);
    expect(await deliverEmail(data, runtime, mailer, settings, id)).toBe('sent');
  });
});
