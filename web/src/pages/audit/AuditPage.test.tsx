// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { account, mockFetch } from '../../test/fetch-mock';
import { byLabel, cleanup, click, render, text, type, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const admin = { ...account, id: 'acc-admin', email: 'admin@lumen.example', name: 'Admin', personId: null, roles: ['admin'] };
const actor = { id: 'acc-hannah', email: 'hannah@lumen.example', name: 'Hannah Cole' };
const entry = (subjectPerson: string | null, subjectName: string | null, over: object = {}) => ({
  at: '2026-03-03T09:00:00.000Z',
  actor,
  action: 'read',
  summary: 'Viewed living document',
  detail: 'goals and evidence',
  resourceType: 'living-document',
  resourceId: subjectPerson,
  subjectPerson,
  subjectName,
  subjects: subjectPerson === null ? [] : [{ id: subjectPerson, name: subjectName }],
  ...over,
});
const listRead = entry(null, null, {
  summary: 'Viewed compensation of 2 people in “Annual review 2026”',
  resourceType: 'compensation',
  resourceId: 'annual-2026',
  subjects: [
    { id: 'amara-okafor', name: 'Amara Okafor' },
    { id: 'dev-patel', name: 'Dev Patel' },
  ],
});
const people = { items: [{ id: 'amara-okafor', name: 'Amara Okafor', team: 'platform' }], total: 1, limit: 500, offset: 0 };

async function open(path = '/audit') {
  window.history.replaceState(null, '', path);
  const calls = mockFetch({
    'GET /api/auth/me': { body: { account: admin, csrfToken: 'csrf-1' } },
    'GET /api/people': { body: people },
    'GET /api/audit': { body: { items: [entry('amara-okafor', 'Amara Okafor'), entry('someone-gone', null), entry(null, null), listRead], total: 4, actions: ['read', 'sign-in'] } },
  });
  const container = await render(<App />);
  const rows = await waitFor(() => {
    const r = [...container.querySelectorAll('tbody tr')];
    expect(r).toHaveLength(4);
    return r;
  });
  return { container, calls, rows };
}

describe('the audit log page', () => {
  it('says what happened in words and names whose record each entry is about, linked to their profile, keeping the id where no name is known', async () => {
    const { rows } = await open();
    const about = rows.map((row) => row.querySelectorAll('td')[3]!);
    expect(about.slice(0, 3).map(text)).toEqual(['Amara Okafor', 'someone-gone', '—']);
    expect(about[0]!.querySelector('a')?.getAttribute('href')).toBe('/people/amara-okafor');
    expect(about[1]!.querySelector('a')).toBeNull();
    expect(text(rows[0]!.querySelectorAll('td')[2]!)).toBe('Viewed living documentgoals and evidence');
    // One entry for a list read, naming the people shown.
    expect(text(rows[3]!.querySelectorAll('td')[2]!)).toBe('Viewed compensation of 2 people in “Annual review 2026”');
    expect(text(about[3]!.querySelector('summary'))).toBe('2 people');
    expect([...about[3]!.querySelectorAll('li')].map(text)).toEqual(['Amara Okafor', 'Dev Patel']);
  });

  it('filters by person, actor, action and dates through the address, and exports the same filter as CSV', async () => {
    const { container, calls } = await open();
    const form = container.querySelector('form[aria-label="Filter the audit log"]') as HTMLElement;
    await waitFor(() => expect(byLabel<HTMLSelectElement>(form, 'About').options.length).toBe(2));
    const choose = async (select: HTMLSelectElement, value: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    await choose(byLabel<HTMLSelectElement>(form, 'About'), 'amara-okafor');
    await type(byLabel(form, 'Who (email)'), 'hannah@lumen.example');
    await choose(byLabel<HTMLSelectElement>(form, 'Action'), 'read');
    await type(byLabel(form, 'From'), '2026-03-01');
    await type(byLabel(form, 'To'), '2026-03-31');
    await click(form.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(window.location.search).toBe('?subject=amara-okafor&actor=hannah%40lumen.example&action=read&from=2026-03-01&to=2026-03-31'));
    await waitFor(() => expect(calls.some((c) => c.url.startsWith('/api/audit?') && c.url.includes('subject=amara-okafor') && c.url.includes('from=2026-03-01'))).toBe(true));
    const csv = container.querySelector('a[download]')!;
    expect(csv.getAttribute('href')).toBe('/api/audit/export?subject=amara-okafor&actor=hannah%40lumen.example&action=read&from=2026-03-01&to=2026-03-31');
  });

  it('refuses dates the wrong way round before asking the server', async () => {
    const { container } = await open();
    const form = container.querySelector('form[aria-label="Filter the audit log"]') as HTMLElement;
    await type(byLabel(form, 'From'), '2026-03-31');
    await type(byLabel(form, 'To'), '2026-03-01');
    await click(form.querySelector('button[type="submit"]')!);
    await waitFor(() => expect(text(form.querySelector('[role="alert"]'))).toBe('The first day must not be after the last.'));
    expect(window.location.search).toBe('');
  });
});
