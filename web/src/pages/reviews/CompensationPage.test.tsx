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

const who = (id: string, name: string, team: string | null, level: string | null = 'L4') => ({ id, name, team, level, track: level ? 'ic' : null });
const band = { level: 'L4', track: 'ic', currency: 'EUR', min: 60000, mid: 70000, max: 80000 };
const rows = [
  { person: who('lea', 'Lea Souza', 'mobile'), band, ratings: null, compensation: { cycle: 'c1', person: 'lea', fields: { proposedBand: 'L4', adjustment: 0.03 }, updatedBy: 'acct-hannah', updatedAt: '2026-11-02T10:00:00.000Z' }, mayEdit: true },
  { person: who('greg-hale', 'Greg Hale', 'mobile'), band, ratings: null, compensation: null, mayEdit: true },
  { person: who('omar-haddad', 'Omar Haddad', null, null), band: null, ratings: null, compensation: null, mayEdit: false },
];
const list = (over: object = {}) => ({ items: rows, leftOut: [], budget: null, proposedTotal: 0, calibrated: false, bandsImportedAt: null, ...over });
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
      'GET /api/cycles/c1/compensation': { body: list() },
      'PUT /api/cycles/c1/compensation/lea': (call) => {
        put = call;
        return { body: { ...rows[0]!.compensation, fields: (call.body as { fields: object }).fields } };
      },
    });
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Compensation — 2026 annual review'));
    const lea = container.querySelector('tr[data-key="lea"]')!;
    expect([...lea.querySelectorAll('.comp-fields dt, .comp-fields dd')].map(text)).toEqual(['proposedBand', 'L4', 'adjustment', '0.03']);
    expect(text(container.querySelector('tr[data-key="greg-hale"]'))).toContain('No proposal yet');
    // The team by its name, as everywhere else, not its id.
    expect(text(lea.querySelector('td'))).toBe('Mobile');
    expect(text(container.querySelector('tr[data-key="omar-haddad"]'))).toContain('Your own: someone else sets it');
    expect(container.querySelector('tr[data-key="omar-haddad"] button')).toBeNull();
    // Beyond the notice that says so, nothing on the page speaks of growth or ratings.
    expect(text(container.querySelector('#proposals-title')!.closest('section'))).not.toMatch(/evidence|growth|needs support|strong at level|document/i);
    // Ratings only once calibration is done; the band beside the proposal.
    expect([...lea.querySelectorAll('td')].map(text).slice(2, 4)).toEqual(['EUR 60,000 – 70,000 – 80,000', 'After calibration']);
    expect(container.querySelector('main a[href*="/people/"]')).toBeNull();
    // Only the compensation list, the cycle list (which has no participants) and the team names are read (besides the shell's bell).
    expect(calls.map((c) => `${c.method} ${c.url.split('?')[0]}`).filter((c) => c !== 'GET /api/auth/me' && c !== 'GET /api/notifications').sort()).toEqual(['GET /api/cycles', 'GET /api/cycles/c1/compensation', 'GET /api/teams']);

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

  it('weighs the proposed increases against the cycle’s budget, and sets the budget', async () => {
    let put: RecordedCall | undefined;
    const budget = { cycle: 'c1', currency: 'EUR', amount: 10000, updatedAt: '2026-11-02T10:00:00.000Z', updatedBy: 'acct-omar' };
    const calibrated = rows.map((r, i) => (i === 0 ? { ...r, ratings: [{ signal: 'delivery-impact', value: 'exceeds' }] } : r));
    const { container } = await open(omar, {
      'GET /api/cycles/c1/compensation': { body: list({ items: calibrated, budget, proposedTotal: 12500, calibrated: true }) },
      'PUT /api/cycles/c1/compensation/budget': (call) => {
        put = call;
        return { body: { ...budget, amount: 15000 } };
      },
    });
    const panel = await waitFor(() => {
      const p = container.querySelector<HTMLElement>('[data-testid="budget"]');
      if (!p) throw new Error('no budget yet');
      return p;
    });
    expect(text(panel.querySelector('.facts'))).toBe('BudgetEUR 10,000Proposed increasesEUR 12,500Over budget byEUR 2,500');
    expect(text(container.querySelector('tr[data-key="lea"]'))).toContain('delivery-impact: exceeds');
    expect(container.querySelector('a[href="/api/cycles/c1/compensation/export"]')).not.toBeNull();
    await type(byLabel(panel, 'Amount'), '15000');
    await click(byRoleName(panel, 'button', 'Change the budget'));
    await waitFor(() => expect(put?.body).toEqual({ currency: 'EUR', amount: 15000 }));
  });

  it('shows a manager the server’s 403 in words', async () => {
    const { container } = await open(greg, { 'GET /api/cycles/c1/compensation': forbidden });
    await waitFor(() => expect(text(container.querySelector('main'))).toContain('Compensation is for compensation reviewers and people partners only — never through the manager line.'));
    expect(container.querySelector('table')).toBeNull();
  });

  it('shows a refused save in words and keeps the form', async () => {
    const { container } = await open(hannah, {
      'GET /api/cycles/c1/compensation': { body: list() },
      'PUT /api/cycles/c1/compensation/greg-hale': { status: 400, body: { error: { code: 'BAD_INPUT', message: 'The proposal is not valid.', problems: ['fields.proposedBand: must be at most 1000 characters'] } } },
    });
    await waitFor(() => expect(container.querySelector('tr[data-key="greg-hale"]')).not.toBeNull());
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
