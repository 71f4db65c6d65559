// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch } from '../../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../../test/dom';
import { admin, cycleView, greg, hannah, participant, rubric } from './reviews.test-data';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

function must<T>(v: T | null): T {
  if (v === null) throw new Error('not found yet');
  return v;
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const me = (account: object) => ({ 'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } } });

describe('the cycle page', () => {
  it('shows the state, the rubric version and participants; a people partner moves it to the next state', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    let state = 'writing';
    const calls = mockFetch({
      ...me(hannah),
      'GET /api/cycles/c1': () => ({ body: cycleView(state) }),
      'POST /api/cycles/c1/transition': () => {
        state = 'calibrating';
        return { body: cycleView('calibrating').cycle };
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
    expect(text(container.querySelector('.facts'))).toContain('Engineering review signals, version 2');
    expect(text(container.querySelector('.facts'))).toContain('1 Jan 2026 – 31 Dec 2026');
    expect(text(container.querySelector('.facts'))).toContain('Self reviews 20 Nov 2026 · Manager reviews 4 Dec 2026 · Sharing 18 Dec 2026');
    expect(text(container.querySelector('#participants-title')?.closest('section') ?? null)).toContain('Lea Souza');
    // Progress of the writing, never something that reads as a score.
    expect([...container.querySelectorAll('section[aria-labelledby="participants-title"] thead th')].map(text)).toEqual([
      'Person ▲', 'Team', 'Manager', 'Self review', 'Manager review', 'Signals rated', 'Calibration changes', 'Shared', 'No-surprises flag', 'Packet',
    ]);
    const cells = [...container.querySelectorAll('section[aria-labelledby="participants-title"] tbody tr > *')].map(text);
    expect(cells.slice(3, 8)).toEqual(['Written', 'Not yet', '1 of 3', '0', 'Not yet']);
    await click(byRoleName(container, 'button', 'Move to calibrating'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'calibrating' });
    await waitFor(() => expect(text(container.querySelector('.facts'))).toContain('calibrating'));
  });

  it('lists for an administrator nobody whose reviews they cannot open — a count instead — and names the active people left out', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    const leftOut = [
      { id: 'admin', name: 'Admin' },
      { id: 'hannah-cole', name: 'Hannah Cole' },
      { id: 'omar-haddad', name: 'Omar Haddad' },
    ];
    mockFetch({ ...me(admin), 'GET /api/cycles/c1': { body: cycleView('writing', { participants: [], notOpenable: 64, leftOut }) } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
    const section = container.querySelector('section[aria-labelledby="participants-title"]')!;
    expect(section.querySelectorAll('a[href^="/cycles/c1/people/"]')).toHaveLength(0);
    expect(text(section.querySelector('[data-testid="not-openable"]'))).toBe(
      '64 people in this cycle are not listed: their ratings and review packets are for their manager line, calibrators and people partners.',
    );
    expect(text(section.querySelector('[data-testid="left-out"]'))).toBe('3 active people have no team and are not in this cycle: Admin, Hannah Cole, Omar Haddad. Give them a team in the records to include them.');
  });

  it('filters the participants by team, step and no-surprises flag, sorts by a column, and shows the completion figures', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    const participants = [
      participant('lea', 'Lea Souza', { ratings: 3, progress: { selfReview: true, managerReview: true, calibrationChanges: 0 } }),
      participant('ana', 'Ana Lima', { team: 'platform', manager: 'sofia-rossi', ratings: 0, progress: { selfReview: false, managerReview: false, calibrationChanges: 0 } }),
      participant('bo', 'Bo Chen', { ratings: 1, progress: { selfReview: true, managerReview: false, calibrationChanges: 0 } }),
    ];
    const completion = { participants: 3, selfReviews: 2, managerReviews: 1, fullyRated: 1 };
    mockFetch({
      ...me(hannah),
      'GET /api/cycles/c1': { body: cycleView('writing', { participants, completion }) },
      'GET /api/cycles/c1/flags': { body: { items: [{ rating: 'r1', person: 'bo', signal: 'code-quality', at: '2026-06-01T00:00:00.000Z', reason: 'No feedback on this signal.', nearestFeedback: null }] } },
      'GET /api/teams': { body: { items: [{ id: 'mobile', name: 'Mobile' }, { id: 'platform', name: 'Platform' }], total: 2, limit: 500, offset: 0 } },
    });
    const container = await render(<App />);
    const section = await waitFor(() => must(container.querySelector<HTMLElement>('section[aria-labelledby="participants-title"]')));
    const names = () => [...section.querySelectorAll('tbody th')].map(text);
    await waitFor(() => expect(names()).toEqual(['Ana Lima', 'Bo Chen', 'Lea Souza']));
    expect(text(container.querySelector('[data-testid="completion"]'))).toContain('Self reviews written2 of 3 (67%)');
    await waitFor(() => expect(text(section.querySelector('.tag-warn'))).toBe('1 flagged'));
    await choose(byLabel<HTMLSelectElement>(section, 'No-surprises flag'), 'flagged');
    expect(names()).toEqual(['Bo Chen']);
    await choose(byLabel<HTMLSelectElement>(section, 'No-surprises flag'), '');
    await choose(byLabel<HTMLSelectElement>(section, 'Step'), 'self review due');
    expect(names()).toEqual(['Ana Lima']);
    await choose(byLabel<HTMLSelectElement>(section, 'Step'), '');
    await waitFor(() => expect(byLabel<HTMLSelectElement>(section, 'Team').options.length).toBe(3));
    await choose(byLabel<HTMLSelectElement>(section, 'Team'), 'mobile');
    expect(names()).toEqual(['Bo Chen', 'Lea Souza']);
    await click(byRoleName(section, 'button', 'Signals rated'));
    expect(names()).toEqual(['Bo Chen', 'Lea Souza']);
    await click(byRoleName(section, 'button', 'Signals rated ▲'));
    expect(names()).toEqual(['Lea Souza', 'Bo Chen']);
    expect(section.querySelector('th[aria-sort="descending"]')).not.toBeNull();
    expect(section.querySelector('a[download]')?.getAttribute('href')).toBe('/api/cycles/c1/participants/export');
  });

  it('links a participant’s ratings and packet only where the server says the reader may open them', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    const participants = [participant('lea', 'Lea Souza', { ratings: null, mayOpen: { ratings: false, packet: true } })];
    mockFetch({ ...me(greg), 'GET /api/cycles/c1': { body: cycleView('writing', { participants }) } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
    const row = container.querySelector('section[aria-labelledby="participants-title"] tbody tr')!;
    expect([...row.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['/cycles/c1/people/lea/packet']);
  });

  it('offers no next-step button to a manager', async () => {
    window.history.replaceState(null, '', '/cycles/c1');
    mockFetch({ ...me(greg), 'GET /api/cycles/c1': { body: cycleView('writing') } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('2026 annual review'));
    expect([...container.querySelectorAll('button')].map(text)).not.toContain('Move to calibrating');
  });
});

describe('the rubric page', () => {
  it('shows every signal with its definition and examples, the version and its announcement', async () => {
    window.history.replaceState(null, '', '/rubric');
    mockFetch({
      ...me(greg),
      'GET /api/rubrics': { body: { rubric, versions: [1, 2], announcements: [{ id: 'a2', version: 2, at: '2026-01-10T09:00:00.000Z', by: 'acct-priya', changes: ['Signal changed: Collaboration.'] }] } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Review signals'));
    expect(text(container.querySelector('.lead'))).toContain('Engineering review signals, version 2, published');
    expect([...container.querySelectorAll('main h2')].map(text)).toEqual(['Delivery impact', 'Code quality', 'Collaboration', 'Versions and announcements']);
    expect(text(container)).toContain('Code quality needs-support example.');
    expect(text(container)).toContain('Signal changed: Collaboration.');
  });
});

describe('the cycles page', () => {
  it('lists cycles, and lets a people partner create one in draft', async () => {
    window.history.replaceState(null, '', '/cycles');
    const created = { ...cycleView('draft').cycle, id: 'c9', name: 'Q3 check-in', kind: 'check-in', state: 'draft', rubric: null };
    const calls = mockFetch({
      ...me(hannah),
      'GET /api/cycles': { body: { items: [cycleView('writing').cycle] } },
      'POST /api/cycles': { status: 201, body: created },
      'GET /api/cycles/c9': { body: { cycle: created, rubric: null, participants: [], notOpenable: 0, leftOut: [], completion: null } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('table'))).toContain('2026 annual review'));
    // periodTo is exclusive (2027-01-01): the period reads up to its last day.
    expect(text(container.querySelector('tbody td:nth-of-type(2)'))).toBe('1 Jan 2026 – 31 Dec 2026');
    const select = byLabel<HTMLSelectElement>(container, 'Kind');
    await act(async () => {
      select.value = 'check-in';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await type(byLabel(container, 'Name'), 'Q3 check-in');
    await type(byLabel(container, 'First day'), '2026-07-01');
    // The last day is inclusive, as people name a quarter; the API's periodTo is the day after.
    await type(byLabel(container, 'Last day'), '2026-09-30');
    // Deadlines per step are optional; the ones given are sent as days.
    await type(byLabel(container, 'Self reviews due'), '2026-09-15');
    await type(byLabel(container, 'Sharing due'), '2026-10-09');
    await click(byRoleName(container, 'button', 'Create in draft'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ kind: 'check-in', name: 'Q3 check-in', periodFrom: '2026-07-01', periodTo: '2026-10-01', deadlines: { selfReview: '2026-09-15', sharing: '2026-10-09' } });
    await waitFor(() => expect(window.location.pathname).toBe('/cycles/c9'));
  });

  it('offers no create form to an engineer', async () => {
    window.history.replaceState(null, '', '/cycles');
    mockFetch({ ...me(greg), 'GET /api/cycles': { body: { items: [] } } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container)).toContain('No review cycles yet.'));
    expect(container.querySelector('form[aria-label="New review cycle"]')).toBeNull();
  });
});
