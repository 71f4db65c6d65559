/**
 * The notification routes over HTTP, on both dialects: the bell shows only the reader's own
 * notifications and marks only those read; email settings refuse an unknown kind naming it;
 * reminders answer who was reminded; the outbox tells an administrator that email is off.
 */
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../../test/dialects.js';
import { send, useTestServer } from '../../../../test/http-helpers.js';
import { cycleAt } from '../../../../test/reviews.js';

interface Inbox {
  unread: number;
  items: { id: string; kind: string; title: string; link: string | null; readAt: string | null }[];
}

describeEachDialect('notification routes', (dialect) => {
  const server = useTestServer(dialect);

  it('shows each reader their own notifications and marks only those read', async () => {
    const s = server();
    const id = await cycleAt(s, 'published', 'check-in', 'Q1 check-in');
    const alan = (await send(s.app, { method: 'GET', url: '/api/notifications', as: await s.as('alan') })).json() as Inbox;
    const mine = alan.items.filter((n) => n.link?.startsWith(`/cycles/${id}/`));
    expect(mine.map((n) => [n.kind, n.title, n.link])).toEqual([['cycle-opened', 'Q1 check-in has opened', `/cycles/${id}/people/alan/review/self`]]);
    const grace = (await send(s.app, { method: 'GET', url: '/api/notifications', as: await s.as('grace') })).json() as Inbox;
    const theirs = grace.items.find((n) => n.link?.startsWith(`/cycles/${id}/`))!;
    const marked = await send(s.app, { method: 'POST', url: '/api/notifications/read', payload: { ids: [mine[0]!.id, theirs.id] }, as: await s.as('alan') });
    expect(marked.json()).toEqual({ marked: 1 });
    const after = (await send(s.app, { method: 'GET', url: '/api/notifications', as: await s.as('grace') })).json() as Inbox;
    expect(after.items.find((n) => n.id === theirs.id)?.readAt).toBeNull();
    // An account with no person (the administrator) has an empty bell, not an error.
    expect((await send(s.app, { method: 'GET', url: '/api/notifications', as: await s.as('admin') })).json()).toEqual({ unread: 0, items: [] });
  });

  it('keeps email settings per person and refuses an unknown kind, naming it', async () => {
    const s = server();
    const bad = await send(s.app, { method: 'PUT', url: '/api/notifications/email-settings', payload: { email: { weekly: false } }, as: await s.as('barbara') });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('weekly');
    const saved = await send(s.app, { method: 'PUT', url: '/api/notifications/email-settings', payload: { email: { challenge: false } }, as: await s.as('barbara') });
    expect(saved.json()).toMatchObject({ address: 'barbara@lumen.example', email: { challenge: false, reminder: true } });
    const other = (await send(s.app, { method: 'GET', url: '/api/notifications/email-settings', as: await s.as('katherine') })).json() as { email: Record<string, boolean> };
    expect(other.email.challenge).toBe(true);
  });

  it('answers reminders with who was reminded, and tells the administrator email is off', async () => {
    const s = server();
    const id = await cycleAt(s, 'writing', 'check-in', 'Q2 check-in');
    await send(s.app, { method: 'PUT', url: `/api/cycles/${id}/people/alan/reviews/self`, payload: { text: 'I shipped the retry work.' }, as: await s.as('alan') });
    const res = await send(s.app, { method: 'POST', url: `/api/cycles/${id}/reminders`, as: await s.as('partner') });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { step: string; reminded: { id: string }[]; notReminded: unknown[] };
    expect(body.step).toBe('selfReview');
    expect(body.reminded.map((p) => p.id).sort()).toEqual(['ada', 'barbara', 'grace', 'katherine']);
    const outbox = (await send(s.app, { method: 'GET', url: '/api/email-outbox?status=pending', as: await s.as('admin') })).json() as { emailOn: boolean; counts: Record<string, number> };
    expect(outbox.emailOn).toBe(false);
    expect(outbox.counts.pending).toBeGreaterThanOrEqual(4);
  });
});
