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
          overdueOneOnOnes: [],
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

  it('shows the reader’s goals for the quarter, evidence added lately, and an answered challenge; an empty quarter says how to add goals', async () => {
    window.history.replaceState(null, '', '/');
    const shared = { id: 'annual-2025', name: '2025 annual review' };
    mockFetch({
      ...signedIn,
      'GET /api/home/activity': {
        body: {
          mine: {
            quarter: '2026-Q4',
            goals: [{ id: 'g1', text: 'Retire the old deploy queue', status: 'on-track' }],
            recentEvidence: [{ id: 'ev-1', title: 'Tuned the payments alert', kind: 'reliability', date: '2026-11-28', addedAt: '2026-11-29T10:00:00.000Z' }],
            sharedRatings: [{ cycle: shared, ratings: 5 }],
            challenges: [{ cycle: shared, signal: 'impact', state: 'answered', raisedAt: '2026-02-01T10:00:00.000Z', answeredAt: '2026-02-03T10:00:00.000Z' }],
          },
          challengesWaiting: [],
          admin: null,
        },
      },
      'GET /api/people/amara': { body: { person: amara, manager: null, directReports: [] } },
      'GET /api/teams/platform': { body: { team: platform, parent: null, children: [], members: [], services: [] } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('#goals-title'))).toBe('Your goals for 2026-Q4'));
    const goals = container.querySelector('#goals-title')?.closest('section') as HTMLElement;
    expect(text(goals)).toContain('Retire the old deploy queue (on track)');
    const recent = container.querySelector('#recent-title')?.closest('section') as HTMLElement;
    expect(recent.querySelector('a')?.getAttribute('href')).toBe('/people/amara/document#evidence-ev-1');
    expect(text(recent)).toContain('Tuned the payments alert (reliability, 28 Nov 2026)');
    const sharedPanel = container.querySelector('#shared-title')?.closest('section') as HTMLElement;
    expect(text(sharedPanel)).toContain('2025 annual review: 5 ratings shared with you');
    expect(text(sharedPanel)).toContain('Your challenge on impact in 2025 annual review: answered');
    expect(container.querySelector('#admin-title')).toBeNull();
  });

  it('shows the administrator how current each record kind is and the people who cannot sign in yet', async () => {
    window.history.replaceState(null, '', '/');
    mockFetch({
      ...signedIn,
      'GET /api/home/activity': {
        body: {
          mine: null,
          challengesWaiting: [],
          admin: {
            records: [
              { kind: 'changes', count: 12034, latest: '2026-12-01T09:00:00.000Z' },
              { kind: 'pages', count: 0, latest: null },
            ],
            accounts: { total: 20, disabled: 1, admins: 1, peopleWithoutAccount: [{ id: 'lea', name: 'Lea Souza' }] },
          },
        },
      },
      'GET /api/people/amara': { body: { person: amara, manager: null, directReports: [] } },
      'GET /api/teams/platform': { body: { team: platform, parent: null, children: [], members: [], services: [] } },
    });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('#admin-title'))).toBe('Sources and accounts'));
    const admin = container.querySelector('#admin-title')?.closest('section') as HTMLElement;
    expect([...admin.querySelectorAll('tbody tr')].map((r) => [...r.children].map(text))).toEqual([
      ['changes', '12,034', expect.stringContaining('2026')],
      ['pages', '0', 'none yet'],
    ]);
    expect(text(admin)).toContain('20 accounts, 1 disabled, 1 administrator. 1 active person without an account:');
    expect(text(admin)).toContain('Lea Souza');
  });
});
