// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch } from '../../test/fetch-mock';
import { byRoleName, cleanup, click, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const me = (account: object) => ({ 'GET /api/auth/me': { body: { account, csrfToken: 'csrf-1' } } });
const mei = { id: 'acc-mei', email: 'mei@lumen.example', name: 'Mei Lin', personId: 'mei', roles: ['engineer'] };
const partner = { id: 'acc-hannah', email: 'hannah@lumen.example', name: 'Hannah Cole', personId: null, roles: ['people-partner'] };

const dims = [
  { id: 'scope-impact', name: 'Scope and impact', expected: ['Sets the direction of a group of services.'] },
  { id: 'mentoring', name: 'Mentoring', expected: ['Grows senior engineers.'] },
];
const theCase = {
  id: 'case-1',
  cycle: { id: 'c1', name: '2026 annual review' },
  person: { id: 'mei', name: 'Mei Lin', level: 'L3' },
  target: { id: 'l4', name: 'Staff Engineer' },
  ladder: { id: 'engineering', name: 'Engineering', version: 1 },
  templateVersion: 2,
  targets: dims,
  examples: [
    { id: 'ex1', position: 0, problem: 'New joiners had no on-call guide', scope: 'Identity rota', action: 'Wrote the guide', result: 'Two joiners ran shifts alone', from: '2026-03-01', to: null, dimensions: ['mentoring'], evidence: ['ev1'], cited: [{ id: 'ev1', title: 'Mentored the joiner', date: '2026-03-10', kind: 'mentoring' }] },
  ],
  coverage: {
    dimensions: [
      { dimension: dims[0], status: 'uncovered', examples: [], evidence: [], periods: [] },
      { dimension: dims[1], status: 'evidenced', examples: ['ex1'], evidence: ['ev1'], periods: ['2026-Q1'] },
    ],
    covered: 1,
    total: 2,
    missing: [{ id: 'scope-impact', name: 'Scope and impact' }],
  },
  pattern: { holds: false, periods: ['2026-Q1'], needed: 2, summary: 'Evidence at the target level in one quarter only (2026-Q1).' },
  updatedAt: '2026-10-01T09:00:00.000Z',
};
const read = (c: object | null) => ({
  case: c,
  cycle: { id: 'c1', name: '2026 annual review', state: 'writing' },
  person: { id: 'mei', name: 'Mei Lin', level: 'L3' },
  levels: [
    { id: 'l3', name: 'Senior Engineer' },
    { id: 'l4', name: 'Staff Engineer' },
  ],
  suggestedTarget: 'l4',
  citable: [{ id: 'ev1', title: 'Mentored the joiner', date: '2026-03-10', kind: 'mentoring', signals: [], outcome: null }],
});

describe('the promotion case page', () => {
  it('offers the person to start a case towards the suggested level, then shows the coverage map with the uncovered dimension', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/mei/promotion-case');
    let started = false;
    const calls = mockFetch({
      ...me(mei),
      'GET /api/cycles/c1/people/mei/promotion-case': () => ({ body: read(started ? theCase : null) }),
      'PUT /api/cycles/c1/people/mei/promotion-case': () => {
        started = true;
        return { body: theCase };
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Promotion case — Mei Lin'));
    await click(byRoleName(container, 'button', 'Start the promotion case'));
    await waitFor(() => expect(text(container.querySelector('[data-testid="uncovered"]'))).toContain('Not yet evidenced: Scope and impact.'));
    expect(calls.find((c) => c.method === 'PUT')?.body).toEqual({ targetLevel: 'l4' });
    expect(text(container.querySelector('[data-testid="pattern"]'))).toContain('one quarter only');
    expect(container.querySelectorAll('form[aria-label="Add a case file"] textarea')).toHaveLength(4);
    expect(text(container.querySelector('article'))).toContain('Mentored the joiner');
  });

  it('shows a people partner the case to read, with exports and no forms', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/mei/promotion-case');
    mockFetch({ ...me(partner), 'GET /api/cycles/c1/people/mei/promotion-case': { body: read(theCase) } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('#coverage-title'))).toBe('Coverage of Staff Engineer'));
    expect(container.querySelectorAll('form')).toHaveLength(0);
    expect([...container.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain('/api/cycles/c1/people/mei/promotion-case?format=html');
  });

  it('guides each case file with the organisation’s promotion-case template, not built-in prompts', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/mei/promotion-case');
    const template = {
      kind: 'promotion-case',
      name: 'Promotion case',
      version: 3,
      title: 'Promotion case',
      sections: [
        { heading: 'Problem', prompt: 'Name the service and the users who felt it, with a date.' },
        { heading: 'Result', prompt: 'The figure that moved, before and after.' },
        { heading: 'Why now', prompt: 'What changed in the last two quarters.' },
      ],
      builtIn: false,
      createdAt: '2026-09-01T00:00:00.000Z',
    };
    mockFetch({ ...me(mei), 'GET /api/cycles/c1/people/mei/promotion-case': { body: read(theCase) }, 'GET /api/templates/promotion-case': { body: { current: template, versions: [template] } } });
    const container = await render(<App />);
    const form = () => container.querySelector('form[aria-label="Add a case file"]')!;
    await waitFor(() => expect(form().querySelector('.template-guidance')).not.toBeNull());
    const hints = [...form().querySelectorAll(':scope > p.hint')].map(text);
    expect(hints).toEqual(['Name the service and the users who felt it, with a date.', 'The figure that moved, before and after.']);
    // A section that names no part of the form is still asked for, above it, with its version.
    const guidance = form().querySelector('.template-guidance')!;
    expect([...guidance.querySelectorAll('dt')].map(text)).toEqual(['Why now']);
    expect(text(guidance)).toContain('version 3');
    expect(text(form())).not.toContain('What was wrong or missing, and for whom?');
    expect(text(container.querySelector('main'))).toContain('Promotion-case template, version 2');
  });

  it('falls back to the built-in hints while the template cannot be read', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/mei/promotion-case');
    mockFetch({ ...me(mei), 'GET /api/cycles/c1/people/mei/promotion-case': { body: read(theCase) } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('form[aria-label="Add a case file"]')).not.toBeNull());
    expect(text(container.querySelector('form[aria-label="Add a case file"]'))).toContain('What was wrong or missing, and for whom?');
    expect(container.querySelector('.template-guidance')).toBeNull();
  });
});
