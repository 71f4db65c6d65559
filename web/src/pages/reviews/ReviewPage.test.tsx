// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch } from '../../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../../test/dom';
import { citableBody, cycleView, lea } from './reviews.test-data';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const me = (account: object) => ({ 'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } } });
const person = { person: { id: 'lea', name: 'Lea Souza', email: null, team: 'mobile', manager: 'greg-hale', level: null, track: null, timezone: null, workingHours: null, startDate: null, active: true }, manager: null, directReports: [], mayOpen: { private: true, document: true } };
const setup = { steps: [], next: null, evidenceTemplates: [{ id: 'star', name: 'Situation, task, action, result', description: '', prompts: ['Situation: what was going on?', 'Result: what changed?'], asksForOutcome: true }], evidenceTemplate: 'star' };
const reviews = (over: object = {}) => ({ self: null, manager: null, drafts: { self: null, manager: null }, cited: [], mayWrite: { self: true, manager: false }, ...over });

/** Lea writing her self review in a cycle that is open for writing; saves echo what was sent. */
const writingLeaSelfReview = () => ({
  ...me(lea),
  'GET /api/cycles/c1': { body: cycleView('writing') },
  'GET /api/people/lea': { body: person },
  'GET /api/setup': { body: setup },
  'GET /api/cycles/c1/people/lea/reviews': { body: reviews() },
  'GET /api/cycles/c1/people/lea/evidence': { body: citableBody },
  'PUT /api/cycles/c1/people/lea/reviews/self': (call: { body: unknown }) => ({ body: { ...(call.body as object), author: 'acct-lea', updatedAt: '2026-06-02T09:30:00.000Z' } }),
});

async function typeArea(area: HTMLTextAreaElement, value: string): Promise<void> {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(area, value);
    area.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the self review page', () => {
  it('shows the template’s prompts beside the text, autosaves a private draft, and submits with the cited items', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea/review/self');
    const calls = mockFetch(writingLeaSelfReview());
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Self review — Lea Souza'));
    expect([...container.querySelectorAll('.review-prompts li')].map(text)).toEqual(['Situation: what was going on?', 'Result: what changed?']);

    await typeArea(container.querySelector('textarea') as HTMLTextAreaElement, 'Shipped the offline cart.');
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(1), 3000);
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ text: 'Shipped the offline cart.', citations: [], draft: true });
    await waitFor(() => expect(text(container.querySelector('[role="status"]'))).toContain('only you can see it'));

    await waitFor(() => expect(container.querySelectorAll('.picker-items input')).toHaveLength(2));
    for (const box of container.querySelectorAll<HTMLElement>('.picker-items input')) await click(box);
    await click(byRoleName(container, 'button', 'Submit self review'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PUT' && (c.body as { draft: boolean }).draft === false)).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PUT' && (c.body as { draft: boolean }).draft === false)?.body).toEqual({ text: 'Shipped the offline cart.', citations: ['ev-31', 'ev-40'], draft: false });
  });

  it('shows the server’s refusal of a citation, naming it, and asks for text before submitting', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea/review/self');
    const refusal = 'citations: "Paired on the push-token fix" (2025-04-20) is outside the cycle\'s period, 2026-01-01 to 2026-12-31';
    const calls = mockFetch({
      ...me(lea),
      'GET /api/cycles/c1': { body: cycleView('writing') },
      'GET /api/people/lea': { body: person },
      'GET /api/setup': { body: setup },
      'GET /api/cycles/c1/people/lea/reviews': { body: reviews({ drafts: { self: { text: 'My draft', citations: ['ev-40'], author: 'acct-lea', updatedAt: '2026-06-01T09:00:00.000Z' }, manager: null } }) },
      'GET /api/cycles/c1/people/lea/evidence': { body: citableBody },
      'PUT /api/cycles/c1/people/lea/reviews/self': { status: 400, body: { error: { code: 'BAD_INPUT', message: refusal } } },
    });
    const container = await render(<App />);
    await waitFor(() => expect((container.querySelector('textarea') as HTMLTextAreaElement).value).toBe('My draft'));
    await typeArea(container.querySelector('textarea') as HTMLTextAreaElement, '   ');
    await click(byRoleName(container, 'button', 'Submit self review'));
    await waitFor(() => expect(text(container.querySelector('[role="alert"]'))).toBe('Write the review before submitting it.'));
    expect(calls.some((c) => c.method === 'PUT' && (c.body as { draft: boolean }).draft === false)).toBe(false);
    await typeArea(container.querySelector('textarea') as HTMLTextAreaElement, 'My review');
    await click(byRoleName(container, 'button', 'Submit self review'));
    await waitFor(() => expect(text(container.querySelector('[role="alert"]'))).toBe(refusal));
  });

  it('shows writing hints while the review is written and takes them away when the text names what happened', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/lea/review/self');
    mockFetch(writingLeaSelfReview());
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('textarea')).not.toBeNull());
    const area = container.querySelector('textarea') as HTMLTextAreaElement;
    await typeArea(area, 'I was a rockstar and always went above and beyond.');
    await waitFor(() => expect(container.querySelectorAll('.lint-hints li').length).toBeGreaterThan(0));
    const rules = [...container.querySelectorAll('.lint-hints li')].map((li) => li.getAttribute('data-rule'));
    expect(rules).toContain('vaguePraise');
    expect(area.getAttribute('aria-describedby')).toContain('-hints');
    await typeArea(area, 'On 12 March I moved the checkout retries behind a queue (PR 482); timeouts fell from 41 to 3 a week.');
    await waitFor(() => expect(container.querySelectorAll('.lint-hints li')).toHaveLength(0));
  });
});

