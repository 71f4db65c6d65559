// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch, type RecordedCall } from '../../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../../test/dom';
import { cycle, cycleView, greg, hannah } from './reviews.test-data';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const me = (account: object) => ({ 'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } } });
const omar = { id: 'acct-omar', email: 'omar@lumen.example', name: 'Omar Haddad', personId: 'omar-haddad', roles: ['compensation-reviewer'] };

const rows = [
  { person: { id: 'lea', name: 'Lea Souza', team: 'mobile' }, compensation: { cycle: 'c1', person: 'lea', fields: { proposedBand: 'L4', adjustment: 0.03 }, updatedBy: 'acct-hannah', updatedAt: '2026-11-02T10:00:00.000Z' }, mayEdit: true },
  { person: { id: 'greg-hale', name: 'Greg Hale', team: 'mobile' }, compensation: null, mayEdit: true },
  { person: { id: 'omar-haddad', name: 'Omar Haddad', team: null }, compensation: null, mayEdit: false },
];
const mobile = { id: 'mobile', name: 'Mobile', parent: null, timezone: 'America/Sao_Paulo', members: 1, services: 0 };
const forbidden = { status: 403, body: { error: { code: 'FORBIDDEN', message: 'Compensation is for compensation reviewers and people partners only — never through the manager line.' } } };

async function open(account: object, routes: Parameters<typeof mockFetch>[0]) {
  window.history.replaceState(null, '', '/cycles/c1/compensation');
  const calls = mockFetch({ ...me(account), 'GET /api/cycles': { body: { items: [cycle('writing')] } }, 'GET /api/teams': { body: { items: [mobile], total: 1, limit: 500, offset: 0 } }, ...routes });
  const container = await render(<App />);
  return { container, calls };
}

describe('the compensation page', () => {
  it('lists each person’s proposal — no ratings, evidence or growth notes — and saves an edit', async () => {
    let put: RecordedCall | undefined;
    const { container, calls } = await open(omar, {
      'GET /api/cycles/c1/compensation': { body: { items: rows, leftOut: [] } },
      'PUT /api/cycles/c1/compensation/lea': (call) => {
        put = call;
        return { body: { ...rows[0]!.compensation, fields: (call.body as { fields: object }).fields } };
      },
    });
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Compensation — 2026 annual review'));
    const lea = container.querySelector('tr[data-person="lea"]')!;
    expect([...lea.querySelectorAll('.comp-fields dt, .comp-fields dd')].map(text)).toEqual(['proposedBand', 'L4', 'adjustment', '0.03']);
    expect(text(container.querySelector('tr[data-person="greg-hale"]'))).toContain('No proposal yet');
    // The team by its name, as everywhere else, not its id.
    expect(text(lea.querySelector('td'))).toBe('Mobile');
    expect(text(container.querySelector('tr[data-person="omar-haddad"]'))).toContain('Your own: someone else sets it');
    expect(container.querySelector('tr[data-person="omar-haddad"] button')).toBeNull();
    // Beyond the notice that says so, nothing on the page speaks of growth or ratings.
    expect(text(container.querySelector('#proposals-title')!.closest('section'))).not.toMatch(/rating|evidence|growth|needs support|strong at level|document/i);
    expect(container.querySelector('main a[href*="/people/"]')).toBeNull();
    // Only the compensation list, the cycle list (which has no participants) and the team names are read.
    expect(calls.map((c) => `${c.method} ${c.url.split('?')[0]}`).filter((c) => c !== 'GET /api/auth/me').sort()).toEqual(['GET /api/cycles', 'GET /api/cycles/c1/compensation', 'GET /api/teams']);

    await click(byRoleName(container, 'button', 'Edit Lea Souza’s proposal'));
    const form = container.querySelector('.comp-form') as HTMLElement;
    expect(byLabel<HTMLInputElement>(form, 'Value of proposedBand').value).toBe('L4');
    await type(byLabel(form, 'Value of proposedBand'), 'L5');
    await type(byLabel(form, 'Value of adjustment'), '0.05');
    await click(byRoleName(form, 'button', 'Another field'));
    await type(byLabel(form, 'Field 3'), 'note');
    await type(byLabel(form, 'Value of note'), 'Promotion case pending');
    await click(byRoleName(form, 'button', 'Save proposal'));
    await waitFor(() => expect(put).toBeDefined());
    expect(put!.body).toEqual({ fields: { proposedBand: 'L5', adjustment: 0.05, note: 'Promotion case pending' } });
    await waitFor(() => expect(calls.filter((c) => c.url === '/api/cycles/c1/compensation').length).toBe(2));
    expect(container.querySelector('.comp-form')).toBeNull();
  });

  it('shows a manager the server’s 403 in words', async () => {
    const { container } = await open(greg, { 'GET /api/cycles/c1/compensation': forbidden });
    await waitFor(() => expect(text(container.querySelector('main'))).toContain('Compensation is for compensation reviewers and people partners only — never through the manager line.'));
    expect(container.querySelector('table')).toBeNull();
  });

  it('shows a refused save in words and keeps the form', async () => {
    const { container } = await open(hannah, {
      'GET /api/cycles/c1/compensation': { body: { items: rows, leftOut: [] } },
      'PUT /api/cycles/c1/compensation/greg-hale': { status: 400, body: { error: { code: 'BAD_INPUT', message: 'The proposal is not valid.', problems: ['fields.proposedBand: must be at most 1000 characters'] } } },
    });
    await waitFor(() => expect(container.querySelector('tr[data-person="greg-hale"]')).not.toBeNull());
    await click(byRoleName(container, 'button', 'Edit Greg Hale’s proposal'));
    const form = container.querySelector('.comp-form') as HTMLElement;
    await click(byRoleName(form, 'button', 'Save proposal'));
    await waitFor(() => expect(text(form.querySelector('.form-error'))).toBe('The proposal is not valid. fields.proposedBand: must be at most 1000 characters'));
  });
});

describe('the cycle page’s compensation link', () => {
  const linkTexts = (c: HTMLElement) => [...c.querySelectorAll('main a')].map(text);
  it('is offered to compensation reviewers and people partners', async () => {
    for (const account of [omar, hannah]) {
      window.history.replaceState(null, '', '/cycles/c1');
      mockFetch({ ...me(account), 'GET /api/cycles/c1': { body: cycleView('writing') } });
      const container = await render(<App />);
      await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
      expect(container.querySelector('main a[href="/cycles/c1/compensation"]')).not.toBeNull();
      await cleanup();
    }
  });

  it('is never offered to a manager or an engineer', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    mockFetch({ ...me(greg), 'GET /api/cycles/c1': { body: cycleView('writing') } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
    expect(linkTexts(container)).not.toContain('Compensation');
    expect(container.querySelector('a[href="/cycles/c1/compensation"]')).toBeNull();
  });
});
