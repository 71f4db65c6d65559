// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { account, mockFetch } from '../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const reminder = { id: 'n1', kind: 'reminder', title: 'Reminder: your self review in 2026 annual review', body: 'Not submitted yet.', link: '/cycles/annual-2026/people/amara/review/self', createdAt: '2026-11-20T09:00:00.000Z', readAt: null };
/** The bell is named by its aria-label (its visible content is an icon and a number). */
const bellNamed = (container: HTMLElement, name: string): HTMLElement => {
  const b = container.querySelector<HTMLElement>(`button[aria-label="${name}"]`);
  if (!b) throw new Error(`not found: the bell "${name}"`);
  return b;
};
const opened = { id: 'n2', kind: 'cycle-opened', title: '2026 annual review has opened', body: 'Write your self review.', link: null, createdAt: '2026-09-23T00:00:00.000Z', readAt: '2026-09-24T00:00:00.000Z' };

describe('the notification bell', () => {
  it('shows the unread count, lists the latest, and marks them read', async () => {
    let unread = 1;
    window.history.replaceState(null, '', '/teams');
    const calls = mockFetch({
      'GET /api/auth/me': { body: { account, csrfToken: 'c' } },
      'GET /api/teams': { body: { items: [], total: 0, limit: 50, offset: 0 } },
      'GET /api/notifications': () => ({ body: { unread, items: [unread ? reminder : { ...reminder, readAt: '2026-11-21T00:00:00.000Z' }, opened] } }),
      'POST /api/notifications/read': () => {
        unread = 0;
        return { body: { marked: 1 } };
      },
    });
    const container = await render(<App />);
    const bell = await waitFor(() => bellNamed(container, 'Notifications, 1 unread'));
    expect(text(container.querySelector('[data-testid="bell-count"]'))).toBe('1');
    await click(bell);
    const panel = await waitFor(() => {
      const p = container.querySelector('[role="region"][aria-label="Notifications"]');
      expect(p).not.toBeNull();
      return p!;
    });
    expect(text(panel)).toContain('Reminder: your self review in 2026 annual review');
    expect(panel.querySelector('a[href="/cycles/annual-2026/people/amara/review/self"]')).not.toBeNull();
    await click(byRoleName(panel as HTMLElement, 'button', 'Mark all read'));
    await waitFor(() => bellNamed(container, 'Notifications, none unread'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ all: true });
  });

  it('stays in the header without a count when notifications cannot be loaded', async () => {
    window.history.replaceState(null, '', '/teams');
    mockFetch({ 'GET /api/auth/me': { body: { account, csrfToken: 'c' } }, 'GET /api/teams': { body: { items: [], total: 0, limit: 50, offset: 0 } } });
    const container = await render(<App />);
    await waitFor(() => bellNamed(container, 'Notifications, none unread'));
    expect(container.querySelector('[data-testid="bell-count"]')).toBeNull();
  });
});
