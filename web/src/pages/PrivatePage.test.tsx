// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { mockFetch, signedIn } from '../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const records = {
  person: { id: 'amara', name: 'Amara Okafor', team: 'platform', manager: 'sofia', timeZone: 'Europe/London', workingHours: '09:00-17:00' },
  oncallShifts: [{ id: 's1', start: '2025-03-03T09:00:00Z', end: '2025-03-10T09:00:00Z', schedule: 'platform-primary' }],
  pages: [],
  counts: { shifts: 1, pages: 0 },
};

describe('the private page', () => {
  it("shows the server's reason when access is forbidden, not a blank page", async () => {
    window.history.replaceState(null, '', '/people/dev/private');
    mockFetch({
      ...signedIn,
      'GET /api/people/dev/private': { status: 403, body: { error: { code: 'FORBIDDEN', message: "Only Dev Patel, their manager line and people partners may see Dev Patel's private records." } } },
    });
    const container = await render(<App />);
    const heading = await waitFor(() => {
      const h = container.querySelector('main h2');
      expect(text(h)).toBe("You don't have access to this page");
      return h;
    });
    expect(text(heading?.closest('section') ?? null)).toContain("Only Dev Patel, their manager line and people partners may see Dev Patel's private records.");
    expect(container.querySelector('table')).toBeNull();
    expect(text(container.querySelector('h1'))).toBe('Private page');
    expect(document.title).toBe('Private page · Trellis');
  });

  it('shows my own records with the visibility note and who has viewed them', async () => {
    window.history.replaceState(null, '', '/people/amara/private');
    const calls = mockFetch({
      ...signedIn,
      'GET /api/people/amara/private': { body: records },
      'GET /api/people/amara/access-log': {
        body: { items: [{ at: '2025-03-12T10:00:00Z', actor: { id: 'acc-sofia', email: 'sofia@lumen.example', name: 'Sofia Rossi' }, action: 'read', summary: 'Viewed private records (on-call shifts and pages)', detail: null, resourceType: 'person-private', resourceId: 'amara' }], total: 1 },
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('My private page'));
    expect(text(container.querySelector('[role="note"]'))).toBe('Visible to Amara Okafor, their manager line and people partners. Every view is recorded.');
    expect(text(container)).toContain('No pages in the last 90 days.');
    expect(text(container.querySelector('#shifts-title')?.closest('section') ?? null)).toContain('platform-primary');
    await waitFor(() => expect(text(container)).toContain('Sofia Rossi'));
    // In words, never the record's id.
    expect(text(container.querySelector('#access-log-title')!.closest('section'))).toContain('Viewed private records (on-call shifts and pages)');
    expect(text(container.querySelector('#access-log-title'))).toBe('Who has viewed my records');
    expect(calls.find((c) => c.url.startsWith('/api/people/amara/access-log'))?.url).toBe('/api/people/amara/access-log?limit=20&offset=0');
  });

  it("shows pages and shifts in the person's own zone, named per time (BST in summer), with their working hours", async () => {
    window.history.replaceState(null, '', '/people/amara/private');
    mockFetch({
      ...signedIn,
      'GET /api/people/amara/private': {
        body: {
          ...records,
          oncallShifts: [{ id: 's7', start: '2025-07-07T08:00:00Z', end: '2025-07-14T08:00:00Z', schedule: 'platform-primary' }],
          pages: [{ id: 'p1', at: '2025-07-08T02:10:00Z', service: 'deploy-pipeline', urgency: 'high', actionable: true, acknowledgedAt: '2025-07-08T02:14:00Z', resolvedAt: null }],
          counts: { shifts: 1, pages: 1 },
        },
      },
      'GET /api/people/amara/access-log': { body: { items: [], total: 0 } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('#pages-title')).not.toBeNull());
    const pages = text(container.querySelector('#pages-title')?.closest('section') ?? null);
    expect(pages).toContain("times in Europe/London, Amara Okafor's time zone; working hours 09:00–17:00");
    // 02:10 UTC in July is 03:10 in London, summer time: named BST, never GMT, and outside her hours.
    expect(pages).toContain('8 Jul 2025, 03:10 BST');
    expect(pages).not.toContain('GMT');
    expect([...container.querySelectorAll('#pages-title ~ * tbody td')].map((td) => text(td))[1]).toBe('Yes');
    expect(text(container.querySelector('#shifts-title')?.closest('section') ?? null)).toContain('7 Jul 2025, 09:00 BST');
  });

  it("does not offer someone else's access log", async () => {
    window.history.replaceState(null, '', '/people/dev/private');
    const calls = mockFetch({ ...signedIn, 'GET /api/people/dev/private': { body: { ...records, person: { ...records.person, id: 'dev', name: 'Dev Patel' } } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Dev Patel — private page'));
    expect(container.querySelector('#access-log-title')).toBeNull();
    expect(calls.some((c) => c.url.includes('access-log'))).toBe(false);
  });

  it('sends an expired session to sign in, remembering where it was', async () => {
    window.history.replaceState(null, '', '/people/amara/private');
    mockFetch({
      ...signedIn,
      'GET /api/people/amara/private': { status: 401, body: { error: { code: 'UNAUTHENTICATED', message: 'Sign in first.' } } },
      'GET /api/auth/providers': { body: { password: true, oidc: { enabled: false } } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Sign in'));
    expect(window.location.pathname + window.location.search).toBe(`/sign-in?next=${encodeURIComponent('/people/amara/private')}`);
  });
});
