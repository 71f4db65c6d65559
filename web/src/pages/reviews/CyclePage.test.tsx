// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch } from '../../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../../test/dom';
import { cycleView, greg, hannah, rubric } from './reviews.test-data';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

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
    expect([...container.querySelectorAll('section[aria-labelledby="participants-title"] thead th')].map(text)).toEqual(['Person', 'Signals rated']);
    expect(text(container.querySelector('section[aria-labelledby="participants-title"] tbody td'))).toBe('1 of 3');
    await click(byRoleName(container, 'button', 'Move to calibrating'));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ to: 'calibrating' });
    await waitFor(() => expect(text(container.querySelector('.facts'))).toContain('calibrating'));
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
      'GET /api/cycles/c9': { body: { cycle: created, rubric: null, participants: [] } },
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
