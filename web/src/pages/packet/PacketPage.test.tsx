// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import { cleanup, render, text, waitFor } from '../../test/dom';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const evidence = (over: object) => ({ id: 'e1', title: 'Rollout automation', date: '2026-03-03T00:00:00.000Z', kind: 'prevention', signals: ['delivery-impact'], dimensions: [], links: [{ url: 'javascript:alert(1)', label: 'bad' }], outcome: null, ...over });
const packet = (ratings: unknown) => ({
  person: { id: 'amara', name: 'Amara Okafor', team: 'platform', teamName: 'Platform', level: 'L4' },
  cycle: { id: 'c1', name: '2026 annual review', kind: 'annual', from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', state: 'writing' },
  sections: [
    {
      signal: { id: 'delivery-impact', name: 'Delivery impact', definition: 'Ships what matters.' },
      evidence: [evidence({ dimensions: [{ id: 'problem-solving-decision-making', name: 'Problem solving and decision making' }], outcome: {
            subject: 'deploy-pipeline',
            at: '2026-03-03T10:00:00.000Z',
            lines: [
              { text: 'change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments)', verdict: 'improved', reason: null, headline: true },
              { text: 'median change lead time of deploy-pipeline: 20.0 h → 26.0 h (n = 400 → 380 changes in 200 → 190 deployments)', verdict: 'worsened', reason: null, headline: false },
              { text: 'median failed-deployment recovery time of deploy-pipeline: 2.0 h → 1.5 h (n = 8 → 4 recoveries)', verdict: 'no clear change', reason: 'Too little data for a verdict.', headline: false },
            ],
            notes: ['Five figures were compared; the outcome is judged by the one chosen when the link was made.'],
          },
        }),
      ],
      ratings: ratings === null ? [] : [{ signal: 'delivery-impact', value: 'exceeds', rationale: 'Rollout automation.', author: 'Sofia Rossi', cites: [{ id: 'e1', title: 'Rollout automation' }], context: 'Design review notes' }],
      feedback: [],
    },
  ],
  unassigned: [evidence({ id: 'e2', title: 'Brown-bag talk', signals: [] })],
  generalFeedback: [],
  ratings,
  selfReview: null,
  managerReview: 'Calm, preventive work.',
  managerReviewHidden: false,
  context: { team: 'platform', teamName: 'Platform', from: '2026-01-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z', delivery: [{ label: 'Change failure rate', value: '9.1%', n: 402 }], reliability: null },
  flags: [{ check: 'recency', message: 'All 2 evidence items fall in the last 6 weeks.' }],
  counts: { evidence: 2, withOutcome: 1, activity: 1 },
  generatedAt: '2026-11-02T00:00:00.000Z',
});

describe('the review packet page', () => {
  it('shows evidence by signal with outcomes, activity labelled, the checks, team context and exports', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/amara/packet');
    mockFetch({ ...signedIn, 'GET /api/cycles/c1/people/amara/packet': { body: packet([{ signal: 'delivery-impact', value: 'exceeds', rationale: 'Rollout automation.', author: 'Sofia Rossi', cites: [{ id: 'e1', title: 'Rollout automation' }], context: 'Design review notes' }]) } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Review packet — Amara Okafor'));
    expect(text(container.querySelector('.outcome'))).toBe('Outcome: change failure rate of deploy-pipeline: 18.0% → 6.5% (n = 212 → 190 deployments) — improved');
    // Each line's verdict has its own words and colour: "worsened" is never green.
    const verdicts = [...container.querySelectorAll('.packet-outcome .verdict')].map((v) => [text(v), v.className]);
    expect(verdicts).toEqual([
      ['improved', 'verdict verdict-improved'],
      ['worsened', 'verdict verdict-worsened'],
      ['no clear change', 'verdict verdict-no-clear-change'],
    ]);
    expect(container.querySelectorAll('.outcome-secondary')).toHaveLength(2);
    expect(text(container.querySelector('.packet-outcome'))).toContain('(Too little data for a verdict.)');
    expect(text(container.querySelector('.packet-outcome'))).toContain('Compared around 3 Mar 2026, 10:00 UTC');
    expect(text(container.querySelector('.activity'))).toBe('Activity — no outcome link.');
    expect(text(container.querySelector('.packet-rating p'))).toBe('Rating: exceeds (Sofia Rossi) — Rollout automation.');
    // Each citation links to its item in the living document; context is labelled apart.
    expect(container.querySelector('.packet-rating .citations a')?.getAttribute('href')).toBe('/people/amara/document#evidence-e1');
    expect(text(container.querySelector('.packet-rating .context-note'))).toBe('Context, not evidence Design review notes');
    expect(text(container.querySelector('#packet-checks + ul'))).toBe('All 2 evidence items fall in the last 6 weeks.');
    // Kinds and the cycle kind in words, as the living document and cycle pages say them.
    expect(text(container.querySelector('.packet-evidence li'))).toContain('3 Mar 2026, Prevention');
    // Ladder dimensions by the names the ladder gives them, not their ids.
    expect(text(container.querySelector('.packet-evidence li .muted'))).toBe('· ladder: Problem solving and decision making');
    expect(text(container.querySelector('.lead'))).toBe('2026 annual review (Annual review), 1 Jan 2026 – 31 Dec 2026 · cycle writing');
    expect([...container.querySelectorAll('tbody td')].map(text)).toEqual(['Change failure rate', '9.1%', '402']);
    expect(container.querySelector('a[href^="javascript:"]')).toBeNull();
    const exports = [...container.querySelectorAll('a.button')].map((a) => a.getAttribute('href'));
    expect(exports).toEqual(['/api/cycles/c1/people/amara/packet?format=markdown', '/api/cycles/c1/people/amara/packet?format=html']);
  });

  it('says ratings come when the cycle is shared', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/amara/packet');
    mockFetch({ ...signedIn, 'GET /api/cycles/c1/people/amara/packet': { body: packet(null) } });
    const container = await render(<App />);
    await waitFor(() => expect(text(container.querySelector('.notice:not(section)'))).toBe('Ratings are shown once the cycle is shared.'));
    expect(container.querySelector('.packet-rating')).toBeNull();
  });

  it('shows the review-packet template’s headings and prompts as a reading guide, the packet itself unchanged', async () => {
    window.history.replaceState(null, '', '/cycles/c1/people/amara/packet');
    const template = {
      kind: 'review-packet',
      name: 'Review packet',
      version: 2,
      title: 'Review packet',
      sections: [
        { heading: 'Evidence by signal', prompt: 'Read each signal’s items with their dates before the ratings.' },
        { heading: 'Team context', prompt: 'The team’s figures: context, never a score.' },
      ],
      builtIn: false,
      createdAt: '2026-09-01T00:00:00.000Z',
    };
    mockFetch({ ...signedIn, 'GET /api/cycles/c1/people/amara/packet': { body: packet(null) }, 'GET /api/templates/review-packet': { body: { current: template, versions: [template] } } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('aside[aria-label="Reading guide"]')).not.toBeNull());
    const guide = container.querySelector('aside[aria-label="Reading guide"]')!;
    expect([...guide.querySelectorAll('dt')].map(text)).toEqual(['Evidence by signal', 'Team context']);
    expect(text(guide.querySelector('dd'))).toBe('Read each signal’s items with their dates before the ratings.');
    expect(text(guide)).toContain('version 2');
    // Guidance only: the packet's own sections are the same as without it.
    expect([...container.querySelectorAll('section.panel h2')].map(text)).toContain('Delivery impact');
  });
});
