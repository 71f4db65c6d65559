// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../App';
import { mockFetch, signedIn } from '../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const amara = { id: 'amara', name: 'Amara Okafor', email: 'amara@lumen.example', team: 'platform', manager: 'sofia', level: 'L4', track: 'ic', timezone: 'Europe/London', workingHours: null, startDate: null, active: true };
const platform = { id: 'platform', name: 'Platform', parent: null, timezone: 'Europe/London', members: 2, services: 1 };

describe('the home page', () => {
  it('shows the level in words, links the living document, and lists teammates without the reader', async () => {
    window.history.replaceState(null, '', '/');
    mockFetch({
      ...signedIn,
      'GET /api/people/amara': { body: { person: amara, manager: { id: 'sofia', name: 'Sofia Rossi' }, directReports: [] } },
      'GET /api/teams/platform': {
        body: { team: platform, parent: null, children: [], members: [{ id: 'amara', name: 'Amara Okafor' }, { id: 'camila', name: 'Camila Ito' }], services: [{ id: 'cluster', name: 'cluster' }] },
      },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('#me-title'))).toBe('You'));
    const facts = [...container.querySelectorAll('.facts dd')].map(text);
    expect(facts).toContain('L4 · individual contributor');
    const actions = [...container.querySelectorAll('#me-title ~ .actions a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(actions).toEqual([
      ['My document', '/people/amara/document'],
      ['My private page', '/people/amara/private'],
      ['Reporting lines', '/reporting-lines'],
    ]);
    const headings = [...container.querySelectorAll('.panels h2')].map(text);
    expect(headings.some((h) => h.startsWith('Teammates in Platform'))).toBe(true);
    expect(text(container.querySelector('.panels'))).not.toContain('Amara Okafor');
  });

  it('says what needs doing, from the server: the reader’s self review due with a link to write it, and the organisation’s progress by team', async () => {
    window.history.replaceState(null, '', '/');
    const cycle = { id: 'annual-2026', kind: 'annual', name: '2026 annual review', periodFrom: '2026-01-01T00:00:00.000Z', periodTo: '2027-01-01T00:00:00.000Z', state: 'writing', rubric: null, ladder: null, history: [], deadlines: { selfReview: '2026-11-20', managerReview: null, calibration: null, sharing: null } };
    const counts = { people: 4, selfReviews: 1, managerReviews: 0, rated: 0 };
    mockFetch({
      ...signedIn,
      'GET /api/home': {
        body: {
          own: [{ cycle, selfReview: 'due' }],
          reports: [],
          progress: [{ cycle, total: counts, teams: [{ team: 'platform', name: 'Platform', ...counts }], flagged: [{ person: 'lea', name: 'Lea Souza', signal: 'collaboration' }], behind: { step: 'selfReview', due: '2026-11-20', people: [{ id: 'lea', name: 'Lea Souza' }, { id: 'dev', name: 'Dev Patel' }] } }],
          compensation: [],
          setupLeft: null,
          feedback: { toWrite: [], received: null },
        },
      },
      'GET /api/people/amara': { body: { person: amara, manager: null, directReports: [] } },
      'GET /api/teams/platform': { body: { team: platform, parent: null, children: [], members: [], services: [] } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('#todo-title'))).toBe('What needs doing'));
    const todo = container.querySelector('#todo-title')?.closest('section') as HTMLElement;
    expect(text(todo)).toContain('Your self review is due for 2026 annual review (writing), by 20 Nov 2026.');
    expect([...todo.querySelectorAll('a')].find((a) => text(a) === 'Write your self review')?.getAttribute('href')).toBe('/cycles/annual-2026/people/amara/review/self');
    expect([...todo.querySelectorAll('tbody tr > *')].map(text)).toEqual(['Platform', '4', '1 of 4 (25%)', '0 of 4 (0%)', '0 of 4 (0%)']);
    expect(text(todo)).toContain('Lea Souza: no-surprises flag on collaboration');
    expect(text(todo)).toContain('2 people are behind on the self review (due 20 Nov 2026): Lea Souza, Dev Patel.');
  });
});
