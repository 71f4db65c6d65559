// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const received = {
  person: { id: 'amara', name: 'Amara Okafor' },
  includesPrivate: false,
  withheld: 0,
  items: [],
  policies: [{ kind: 'self', attribution: 'attributed', mayBeAnonymous: false, visibilities: ['shared'], notice: 'Your self feedback reaches your manager line and your packet.' }],
};

describe('the feedback page, read by the person', () => {
  it('lets the person write self feedback, always shared with their manager line, with writing hints', async () => {
    window.history.replaceState(null, '', '/people/amara/feedback');
    const calls = mockFetch({
      ...signedIn,
      'GET /api/people/amara/feedback/received': { body: received },
      'GET /api/rubrics': { body: { rubric: { signals: [{ id: 'collaboration', name: 'Collaboration' }] } } },
      'POST /api/people/amara/feedback/entries': { status: 201, body: {} },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Feedback you received'));
    const form = container.querySelector('form[aria-label="Write self feedback"]') as HTMLElement;
    expect(text(form)).toContain('Your self feedback reaches your manager line and your packet.');
    // No choice of readers: self feedback is never private to a manager.
    expect(form.querySelectorAll('input[type="radio"]')).toHaveLength(0);
    const area = form.querySelector('textarea') as HTMLTextAreaElement;
    await act(async () => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set?.call(area, 'I was a rockstar this year.');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await waitFor(() => expect(form.querySelectorAll('.lint-hints li').length).toBeGreaterThan(0));
    await click(byRoleName(form, 'button', 'Save feedback'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ kind: 'self', visibility: 'shared', signal: null, text: 'I was a rockstar this year.' });
    await waitFor(() => expect(text(form.querySelector('[role="status"]'))).toBe('Saved: your manager line reads it, and it is part of your review packet.'));
  });
});
