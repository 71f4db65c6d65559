// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { account, mockFetch } from '../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const empty = { body: { items: [], total: 0, limit: 50, offset: 0 } };

async function renderAs(roles: string[], path = '/teams'): Promise<HTMLElement> {
  window.history.replaceState(null, '', path);
  mockFetch({ 'GET /api/auth/me': { body: { account: { ...account, roles }, csrfToken: 'c' } }, 'GET /api/teams': empty, 'POST /api/auth/sign-out': { status: 204 } });
  const container = await render(<App />);
  await waitFor(() => expect(container.querySelector('nav[aria-label="Main"]')).not.toBeNull());
  return container;
}

describe('the app shell', () => {
  it('has a skip link and header, navigation and main landmarks', async () => {
    const container = await renderAs(['engineer']);
    const skip = container.querySelector('a.skip-link');
    expect(skip?.getAttribute('href')).toBe('#main');
    expect(container.querySelector('header')).not.toBeNull();
    expect(container.querySelector('main#main')?.getAttribute('tabindex')).toBe('-1');
    expect(text(container.querySelector('header'))).toContain('Signed in as Amara Okafor');
  });

  it('shows the audit log to admins only, and marks the current section', async () => {
    const engineer = await renderAs(['engineer']);
    const links = [...engineer.querySelectorAll('nav[aria-label="Main"] a')].map(text);
    expect(links).toEqual(['Home', 'Teams', 'People', 'Services', 'Organisation delivery', 'Reporting lines', 'My private page', 'My document', 'My 1:1s', 'Career ladder', 'Review signals', 'Review cycles']);
    expect(text(engineer.querySelector('nav a[aria-current="page"]'))).toBe('Teams');
    await cleanup();

    const admin = await renderAs(['admin']);
    expect([...admin.querySelectorAll('nav[aria-label="Main"] a')].map(text)).toContain('Audit log');
  });

  it('signs out and goes to the sign-in page', async () => {
    const container = await renderAs(['engineer']);
    await click(byRoleName(container, 'button', 'Sign out'));
    await waitFor(() => expect(window.location.pathname).toBe('/sign-in'));
  });
});
