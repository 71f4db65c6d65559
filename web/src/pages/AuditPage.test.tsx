// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { account, mockFetch } from '../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const admin = { ...account, id: 'acc-admin', email: 'admin@lumen.example', name: 'Admin', personId: null, roles: ['admin'] };
const actor = { id: 'acc-hannah', email: 'hannah@lumen.example', name: 'Hannah Cole' };
const entry = (subjectPerson: string | null, subjectName: string | null) => ({ at: '2026-03-03T09:00:00.000Z', actor, action: 'read', resourceType: 'living-document', resourceId: subjectPerson, subjectPerson, subjectName });

describe('the audit log page', () => {
  it('names whose record each entry is about, linked to their profile, and keeps the id where no name is known', async () => {
    window.history.replaceState(null, '', '/audit');
    mockFetch({
      'GET /api/auth/me': { body: { account: admin, csrfToken: 'csrf-1' } },
      'GET /api/audit': { body: { items: [entry('amara-okafor', 'Amara Okafor'), entry('someone-gone', null), entry(null, null)], total: 3 } },
    });
    const container = await render(<App />);
    const about = await waitFor(() => {
      const cells = [...container.querySelectorAll('tbody tr')].map((row) => row.querySelectorAll('td')[3]!);
      expect(cells).toHaveLength(3);
      return cells;
    });
    expect(about.map(text)).toEqual(['Amara Okafor', 'someone-gone', '—']);
    expect(about[0]!.querySelector('a')?.getAttribute('href')).toBe('/people/amara-okafor');
    expect(about[1]!.querySelector('a')).toBeNull();
  });
});
