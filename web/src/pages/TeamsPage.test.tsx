// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { mockFetch, signedIn } from '../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const platform = { id: 'platform', name: 'Platform', parent: null, timezone: 'Europe/Berlin', members: 8, services: 3 };

describe('the teams list', () => {
  it('says plainly when no team matches the search', async () => {
    window.history.replaceState(null, '', '/teams?q=zzz');
    const calls = mockFetch({ ...signedIn, 'GET /api/teams': { body: { items: [], total: 0, limit: 50, offset: 0 } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('.state-empty'))).toBe('No teams match “zzz”.'));
    expect(container.querySelector('table')).toBeNull();
    expect(calls.find((c) => c.url.startsWith('/api/teams'))?.url).toBe('/api/teams?q=zzz&limit=50&offset=0');
  });

  it('shows a busy state while loading, then a table with member and service counts', async () => {
    window.history.replaceState(null, '', '/teams');
    let answer: () => void = () => undefined;
    mockFetch({
      ...signedIn,
      'GET /api/teams': () => new Promise((resolve) => (answer = () => resolve({ body: { items: [platform], total: 1, limit: 50, offset: 0 } }))),
    });
    const container = await render(<App />);
    const busy = await waitFor(() => {
      const el = container.querySelector('[aria-busy="true"]');
      expect(text(el)).toBe('Loading teams…');
      return el;
    });
    expect(busy?.getAttribute('role')).toBe('status');
    answer();
    await waitFor(() => expect(container.querySelector('table caption')?.textContent).toBe('All teams'));
    const headers = [...container.querySelectorAll('thead th')].map((th) => [text(th), th.getAttribute('scope')]);
    expect(headers).toEqual([['Team', 'col'], ['Time zone', 'col'], ['Members', 'col'], ['Services', 'col']]);
    const row = [...container.querySelectorAll('tbody tr > *')].map(text);
    expect(row).toEqual(['Platform', 'Europe/Berlin', '8', '3']);
    expect(container.querySelector('tbody th a')?.getAttribute('href')).toBe('/teams/platform');
  });

  it('offers a retry when loading fails, and recovers', async () => {
    window.history.replaceState(null, '', '/teams');
    let failures = 1;
    mockFetch({
      ...signedIn,
      'GET /api/teams': () =>
        failures-- > 0 ? { status: 503, body: { error: { code: 'STORE_UNAVAILABLE', message: 'The database cannot be reached.' } } } : { body: { items: [platform], total: 1, limit: 50, offset: 0 } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('[role="alert"]'))).toContain('The database cannot be reached.'));
    await click(byRoleName(container, 'button', 'Try again'));
    await waitFor(() => expect(text(container.querySelector('tbody'))).toContain('Platform'));
  });

  it('searches as the user types, keeping the search in the URL', async () => {
    window.history.replaceState(null, '', '/teams');
    const calls = mockFetch({ ...signedIn, 'GET /api/teams': { body: { items: [platform], total: 1, limit: 50, offset: 0 } } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('table')).not.toBeNull());
    const input = byLabel(container, 'Search teams');
    await type(input, 'plat ');
    await waitFor(() => expect(window.location.search).toBe('?q=plat'));
    expect(input.value).toBe('plat ');
    await waitFor(() => expect(calls.some((c) => c.url === '/api/teams?q=plat&limit=50&offset=0')).toBe(true));
    expect(text(container.querySelector('caption'))).toBe('Teams matching “plat”');
  });
});
