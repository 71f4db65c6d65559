// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const notice = 'Upward feedback carries your name unless you choose anonymous.';
const context = (groupSize: number, anonymousAllowed: boolean) => ({
  body: {
    request: { id: 'r1', group: 'g1', cycle: 'annual-2026', cycleName: '2026 annual review', subject: 'sofia', subjectName: 'Sofia Rossi', writer: 'amara', writerName: 'Amara Okafor', kind: 'upward', note: null, createdAt: '2026-10-01T00:00:00.000Z', answeredAt: null, due: '2026-11-16T00:00:00.000Z' },
    policy: { kind: 'upward', attribution: 'attributed, or anonymous in a group of 3 or more', mayBeAnonymous: true, visibilities: ['shared', 'private-to-manager'], notice },
    groupSize,
    anonymousAllowed,
    evidence: [],
    signals: [{ id: 'collaboration', name: 'Collaboration' }],
  },
});

async function page(groupSize: number, anonymousAllowed: boolean): Promise<HTMLElement> {
  window.history.replaceState(null, '', '/feedback/requests/r1');
  mockFetch({ ...signedIn, 'GET /api/feedback/requests/r1': context(groupSize, anonymousAllowed) });
  const container = await render(<App />);
  await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Upward feedback for Sofia Rossi'));
  return container;
}

describe('the feedback writing page', () => {
  it('shows the attribution policy before the first text box, and offers anonymity in a group of 3', async () => {
    const c = await page(3, true);
    const policy = c.querySelector('.attribution-notice');
    const firstBox = c.querySelector('textarea');
    expect(text(policy)).toContain(notice);
    expect(policy!.compareDocumentPosition(firstBox!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(c.querySelectorAll('textarea')).toHaveLength(4);
    expect(text(c.querySelector('fieldset:has(input[type="checkbox"])'))).toContain('Answer anonymously (this request went to 3 people');
  });

  it('explains why a small group answers with a name, and offers no anonymous choice', async () => {
    const c = await page(2, false);
    expect(c.querySelectorAll('input[type="checkbox"]')).toHaveLength(0);
    expect(c.textContent).toContain('This request went to 2 people: too few to answer anonymously');
  });
});
