// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch } from '../../test/fetch-mock';
import { byLabel, byRoleName, cleanup, click, render, text, type, waitFor } from '../../test/dom';
import { citableBody, cycleView, greg, lea, ratingsBody } from './reviews.test-data';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const me = (account: object) => ({ 'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } } });

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function typeArea(area: HTMLTextAreaElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the ratings page', () => {
  it('tells the engineer ratings are shared when the cycle reaches shared, and never asks for them before', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea');
    const calls = mockFetch({ ...me(lea), 'GET /api/cycles/c1': { body: cycleView('writing') } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('My ratings — 2026 annual review'));
    expect(text(container.querySelector('[role="note"]'))).toContain('Ratings are shared when the cycle reaches shared. This cycle is writing');
    expect(calls.some((c) => c.url.includes('/ratings'))).toBe(false);
  });

  it('lets the manager rate a signal with a rationale and evidence picked from the living document, then shows the no-surprises flag inline', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea');
    let saved = false;
    const rating = { id: 'r1', person: 'lea', signal: 'code-quality', value: 'needs support', rationale: 'PR 31 and PR 40 shipped without tests.', evidence: ['ev-31'], context: 'PR 31, PR 40', author: 'acct-greg', at: '2026-07-02T10:00:00.000Z', decidedAt: '2026-06-01T10:00:00.000Z', firstRatedAt: '2026-06-01T10:00:00.000Z' };
    const flag = { rating: 'r1', person: 'lea', signal: 'code-quality', at: rating.decidedAt, reason: 'No feedback on this signal was shared with the engineer before the rating.', nearestFeedback: null };
    const calls = mockFetch({
      ...me(greg),
      'GET /api/cycles/c1': { body: cycleView('writing') },
      'GET /api/cycles/c1/people/lea/ratings': () => ({ body: saved ? ratingsBody('writing', { ratings: [rating], flags: [flag] }) : ratingsBody('writing') }),
      'GET /api/cycles/c1/people/lea/evidence': { body: citableBody },
      'PUT /api/cycles/c1/people/lea/ratings/code-quality': () => {
        saved = true;
        return { body: rating };
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Lea Souza — 2026 annual review'));
    expect(container.querySelectorAll('form[aria-label^="Rate "]')).toHaveLength(3);
    expect(container.querySelector('.surprise-flag')).toBeNull();

    await choose(byLabel<HTMLSelectElement>(container, 'Rating for Code quality'), 'needs support');
    await typeArea(byLabel<HTMLTextAreaElement>(container, 'Rationale for Code quality'), 'PR 31 and PR 40 shipped without tests.');
    const form = container.querySelector('form[aria-label="Rate Code quality"]') as HTMLElement;
    // The picker lists Lea's items with their outcome; searching narrows it.
    await waitFor(() => expect(form.querySelectorAll('.picker-items li')).toHaveLength(2));
    expect(text(form.querySelector('.picker-items'))).toContain('change failure rate of mobile-bff: 12.0% → 4.0%');
    expect(text(form.querySelector('.picker-items'))).toContain('Activity: no outcome link');
    await type(byLabel(form, 'Search evidence'), 'offline');
    expect(form.querySelectorAll('.picker-items li')).toHaveLength(1);
    await click(form.querySelector('.picker-items input[type="checkbox"]') as HTMLElement);
    await type(byLabel(form, 'Context for Code quality (optional, not evidence)'), 'PR 31, PR 40');
    await click(byRoleName(form, 'button', 'Save rating'));

    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put?.body).toEqual({ value: 'needs support', rationale: 'PR 31 and PR 40 shipped without tests.', evidence: ['ev-31'], context: 'PR 31, PR 40' });
    expect(put?.headers['x-csrf-token']).toBe('csrf-1');
    const flagged = await waitFor(() => {
      const f = container.querySelector('#rate-code-quality')?.closest('section')?.querySelector('.surprise-flag');
      expect(f).not.toBeNull();
      return f!;
    });
    expect(text(flagged)).toContain('No-surprises flag: No feedback on this signal was shared with the engineer before the rating.');
    // The saved rating links its citation to the item in Lea's living document; context is labelled apart.
    const section = container.querySelector('#rate-code-quality')?.closest('section') as HTMLElement;
    expect(section.querySelector('.citations a')?.getAttribute('href')).toBe('/people/lea/document#evidence-ev-31');
    expect(text(section.querySelector('.context-note'))).toBe('Context, not evidence PR 31, PR 40');
    // When the value was decided (what the check counts from) and, apart from it, the last edit.
    expect(text(container.querySelector('.rating-value')?.parentElement ?? null)).toMatch(/decided 1 Jun 2026, \d\d:\d\d.* · last edited 2 Jul 2026, \d\d:\d\d/);
  });

  it('asks for a citation before saving, and shows the server’s refusal of one that does not resolve', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea');
    const refusal = 'evidence: "ev-31" is not an evidence item of Lea Souza; cite items of their living document';
    const calls = mockFetch({
      ...me(greg),
      'GET /api/cycles/c1': { body: cycleView('writing') },
      'GET /api/cycles/c1/people/lea/ratings': { body: ratingsBody('writing') },
      'GET /api/cycles/c1/people/lea/evidence': { body: citableBody },
      'PUT /api/cycles/c1/people/lea/ratings/collaboration': { status: 400, body: { error: { code: 'BAD_INPUT', message: refusal } } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('form[aria-label="Rate Collaboration"]')).not.toBeNull());
    const form = container.querySelector('form[aria-label="Rate Collaboration"]') as HTMLElement;
    // No empty error line under a form that has no error (it left blank space below every form).
    expect(form.querySelector('.form-error, [role="alert"]')).toBeNull();
    await choose(byLabel<HTMLSelectElement>(form, 'Rating for Collaboration'), 'exceeds');
    await typeArea(byLabel<HTMLTextAreaElement>(form, 'Rationale for Collaboration'), 'Ran the mobile guild.');
    await click(byRoleName(form, 'button', 'Save rating'));
    await waitFor(() => expect(text(form.querySelector('[role="alert"]'))).toBe('Cite at least one item of the living document: a rating rests on evidence.'));
    expect(calls.some((c) => c.method === 'PUT')).toBe(false);
    await waitFor(() => expect(form.querySelectorAll('.picker-items li')).toHaveLength(2));
    await click(form.querySelector('.picker-items input[type="checkbox"]') as HTMLElement);
    await click(byRoleName(form, 'button', 'Save rating'));
    await waitFor(() => expect(text(form.querySelector('[role="alert"]'))).toBe(refusal));
  });

  it('once shared, shows the engineer everything and lets them challenge a rating', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea');
    const rating = { id: 'r1', person: 'lea', signal: 'code-quality', value: 'strong at level', rationale: 'Tests on every PR since March.', evidence: ['ev-31'], context: '', author: 'acct-greg', at: '2026-06-01T10:00:00.000Z' };
    const change = { id: 'ch', rating: 'r1', signal: 'code-quality', by: 'acct-priya', from: 'needs support', to: 'strong at level', reason: 'consistency', note: 'Matches peers with the same evidence.', at: '2026-07-01T10:00:00.000Z' };
    const calls = mockFetch({
      ...me(lea),
      'GET /api/cycles/c1': { body: cycleView('shared') },
      'GET /api/cycles/c1/people/lea/ratings': { body: ratingsBody('shared', { ratings: [rating], changes: [change] }) },
      'POST /api/cycles/c1/people/lea/challenges': { status: 201, body: {} },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container)).toContain('Tests on every PR since March.'));
    expect(text(container)).toContain('needs support → strong at level (consistency). Matches peers with the same evidence.');
    expect(container.querySelector('form[aria-label^="Rate "]')).toBeNull();
    await choose(byLabel<HTMLSelectElement>(container, 'Kind'), 'challenge');
    await choose(byLabel<HTMLSelectElement>(container, 'Signal'), 'code-quality');
    await typeArea(byLabel<HTMLTextAreaElement>(container, 'What you want to say'), 'PR-55 was pair-written.');
    await click(byRoleName(container, 'button', 'Send'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST' && c.url.endsWith('/challenges'))?.body).toEqual({ kind: 'challenge', signal: 'code-quality', text: 'PR-55 was pair-written.' }));
  });
});

describe('calibration on the ratings page', () => {
  it('lets a calibrator change a rating with a reason tag and a note while calibrating', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea');
    const priya = { id: 'acct-priya', email: 'priya@lumen.example', name: 'Priya Raman', personId: 'priya-raman', roles: ['calibrator', 'manager', 'engineer'] };
    const rating = { id: 'r1', person: 'lea', signal: 'code-quality', value: 'needs support', rationale: 'PR 31 shipped without tests.', evidence: ['ev-31'], context: '', author: 'acct-greg', at: '2026-06-01T10:00:00.000Z' };
    const calls = mockFetch({
      ...me(priya),
      'GET /api/cycles/c1': { body: cycleView('calibrating') },
      'GET /api/cycles/c1/people/lea/ratings': { body: ratingsBody('calibrating', { ratings: [rating] }) },
      'POST /api/cycles/c1/people/lea/ratings/code-quality/calibration': { body: {} },
    });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('form[aria-label="Calibrate Code quality"]')).not.toBeNull());
    // Only rated signals can be calibrated, and nobody writes new ratings while calibrating.
    expect(container.querySelectorAll('form[aria-label^="Calibrate "]')).toHaveLength(1);
    expect(container.querySelector('form[aria-label^="Rate "]')).toBeNull();
    await choose(byLabel<HTMLSelectElement>(container, 'Calibrated rating for Code quality'), 'strong at level');
    await choose(byLabel<HTMLSelectElement>(container, 'Reason for the change to Code quality'), 'impact');
    await typeArea(byLabel<HTMLTextAreaElement>(container, 'Note for Code quality'), 'The reverted PRs were pair-written with a new joiner.');
    await click(byRoleName(container, 'button', 'Record the change'));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ value: 'strong at level', reason: 'impact', note: 'The reverted PRs were pair-written with a new joiner.' }),
    );
  });
});
