// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import { cleanup, click, render, text, waitFor } from '../../test/dom';
import { mockFetch, signedIn, type Handler } from '../../test/fetch-mock';
import type { Schemas } from '../../api/openapi.gen';
import { CompareTable } from './ComparePanel';
import type { DeliveryComparison, DeliveryReport } from './metrics';

type DeliveryEvents = Schemas['DeliveryEvents'];

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const elite = { level: 'elite' as const, report: 2024, label: 'On demand', beyondTable: false, alsoMatches: [] };

function report(): DeliveryReport {
  return {
    scope: { kind: 'team', id: 'platform', name: 'Platform', team: 'platform', timeZone: 'Europe/London', services: ['deploy-pipeline'] },
    metrics: {
      services: ['deploy-pipeline'],
      environment: 'production',
      from: Date.UTC(2026, 7, 31),
      to: Date.UTC(2026, 10, 29),
      timeZone: 'Europe/London',
      deploymentFrequency: { deployments: 3, perDay: 0.5, perWeek: 3.5, deployDaysPerWeek: 2, category: 'daily-to-weekly' },
      leadTime: { medianHours: null, p75Hours: null, p90Hours: null, n: 1, skewed: 0, includeMerges: false },
      changeFailureRate: { rate: 1 / 3, failed: 1, deployments: 3 },
      recoveryTime: { medianHours: null, n: 0, open: 1 },
      reworkRate: { rate: null, rework: 0, deployments: 3 },
      timeToRestore: { medianHours: null, n: 0 },
      unattributedIncidents: 0,
      failedAttempts: 0,
      undeployedChanges: { count: 0, oldestAgeHours: null },
      baselineChanges: 0,
    },
    tier: { report: 2024, deploymentFrequency: elite, leadTime: null, recoveryTime: null, changeFailureRate: { ...elite, level: 'low' } },
    trend: [{ week: '2026-11-02', deployments: 3, failed: 1, leadTimeMedianHours: null, leadTimeN: 1 }],
  };
}

const wait = (medianHours: number | null, n: number) => ({ medianHours, n });
const friction = {
  team: { id: 'platform', name: 'Platform' },
  window: { from: '2026-08-31T00:00:00.000Z', to: '2026-11-29T00:00:00.000Z' },
  pullRequests: 12,
  review: { ownTeam: wait(3, 7), otherTeams: wait(30, 4), unknownTeam: 0, pending: 1 },
  merge: { ownTeam: wait(6, 9), otherTeams: wait(null, 0), unknownTeam: 0, pending: 3 },
  waitingOn: [{ team: 'sre', review: wait(30, 4), merge: wait(null, 0) }],
  incoming: [],
  teamNames: { sre: 'SRE' },
  events: [],
};

/** The events route, paged like the server: `deployments` holds 250 of them, `failed` one. */
const events: Handler = (call) => {
  const q = new URL(call.url, 'http://x').searchParams;
  const list = q.get('list') as DeliveryEvents['list'];
  const all =
    list === 'failed'
      ? [{ deployment: 'dep-failed-42', causes: [{ type: 'incident', incident: 'INC-7' }] }]
      : list === 'deployments'
        ? Array.from({ length: 250 }, (_, i) => ({ deployment: `d${i + 1}` }))
        : [];
  const offset = Number(q.get('offset'));
  const limit = Number(q.get('limit'));
  const body: DeliveryEvents = { list, total: all.length, offset, limit, items: all.slice(offset, offset + limit), details: { deployments: {}, changes: {}, incidents: {} } };
  return { body };
};

async function openTeamDelivery() {
  window.history.replaceState(null, '', '/teams/platform/delivery');
  const calls = mockFetch({
    ...signedIn,
    'GET /api/delivery/teams/platform': { body: report() },
    'GET /api/teams/platform/delivery/friction': { body: friction },
    'GET /api/delivery/teams/platform/events': events,
  });
  const container = await render(<App />);
  await waitFor(() => expect(text(container.querySelector('h1'))).toBe('Platform — delivery'));
  return { container, calls };
}

const card = (container: HTMLElement, metric: string) => container.querySelector(`.metric-card[data-metric="${metric}"]`);

describe('the delivery page', () => {
  it('shows "not enough data" for null figures, never 0, and every tier with its report year', async () => {
    const { container, calls } = await openTeamDelivery();
    expect(container.querySelectorAll('.metric-card')).toHaveLength(5);
    expect(text(card(container, 'leadTime'))).toContain('not enough data');
    expect(text(card(container, 'recoveryTime'))).toContain('not enough data');
    expect(text(card(container, 'reworkRate'))).toContain('not enough data');
    expect(text(card(container, 'reworkRate'))).not.toMatch(/\b0%/);
    expect(text(card(container, 'deploymentFrequency'))).toContain('3.5 per week');
    expect(text(card(container, 'deploymentFrequency'))).toContain('elite · DORA 2024');
    expect(text(card(container, 'changeFailureRate'))).toContain('low · DORA 2024');
    expect(text(card(container, 'leadTime'))).toContain('no tier · DORA 2024');
    expect(text(container.querySelector('[role="note"]'))).toBe('Team and service context, never an individual score.');
    const url = calls.find((c) => c.url.startsWith('/api/delivery/teams/platform'))?.url ?? '';
    expect(url).toContain('env=production');
    expect(url).toContain('from=');
    // The chart's text alternative is there even where the SVG cannot be drawn.
    expect(text(container.querySelector('#chart-deployments-title')?.closest('figure') ?? null)).toContain('3 deployments over 1 weeks, 1 of them failed');
  });

  it('lists the failed deployments and their causes in the drill-down, fetched when it opens', async () => {
    const { container, calls } = await openTeamDelivery();
    expect(calls.some((c) => c.url.includes('/events'))).toBe(false);
    const button = card(container, 'changeFailureRate')?.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const drill = container.querySelector('#drill-down');
    await waitFor(() => expect(drill?.querySelector('caption')).not.toBeNull());
    const url = calls.find((c) => c.url.includes('/events'))?.url ?? '';
    expect(url).toMatch(/^\/api\/delivery\/teams\/platform\/events\?/);
    expect(url).toContain('list=failed');
    expect(url).toContain('env=production');
    expect(text(drill?.querySelector('h2') ?? null)).toBe('Events behind change failure rate');
    expect(text(drill?.querySelector('caption') ?? null)).toContain('1 failed deployments of 3');
    const row = drill?.querySelector('tbody tr');
    expect(text(row?.querySelector('th[scope="row"]') ?? null)).toBe('dep-failed-42');
    expect(text(row ?? null)).toContain('incident INC-7');
  });

  it('pages through a long list with "Show more"', async () => {
    const { container, calls } = await openTeamDelivery();
    await click(card(container, 'deploymentFrequency')?.querySelector('button') as HTMLButtonElement);
    const drill = container.querySelector('#drill-down') as HTMLElement;
    await waitFor(() => expect(drill.querySelectorAll('tbody tr')).toHaveLength(200));
    expect(text(drill.querySelector('caption'))).toContain('250 deployments to production');
    const more = [...drill.querySelectorAll('button')].find((b) => text(b).startsWith('Show more')) as HTMLButtonElement;
    expect(text(more)).toBe('Show more (50 not shown)');
    await click(more);
    await waitFor(() => expect(drill.querySelectorAll('tbody tr')).toHaveLength(250));
    expect(text(drill.querySelector('tbody tr:last-child th'))).toBe('250');
    expect(calls.filter((c) => c.url.includes('list=deployments')).map((c) => new URL(c.url, 'http://x').searchParams.get('offset'))).toEqual(['0', '200']);
    expect([...drill.querySelectorAll('button')].some((b) => text(b).startsWith('Show more'))).toBe(false);
  });
});

describe('the cross-team friction panel', () => {
  it("shows own-team and other-team waits and the teams Platform waits on, with n", async () => {
    const { container, calls } = await openTeamDelivery();
    await waitFor(() => expect(container.querySelector('.friction table')).not.toBeNull());
    const panel = container.querySelector('.friction') as HTMLElement;
    expect(text(panel.querySelector('h2'))).toBe('Waiting on other teams');
    const review = text(panel.querySelector('tr[data-stage="review"]'));
    expect(review).toContain('median 3 h (n = 7)');
    expect(review).toContain('median 30 h (n = 4)');
    expect(text(panel.querySelector('tr[data-stage="merge"]'))).toContain('not enough data (n = 0)');
    expect(text(panel.querySelector('tr[data-team="sre"]'))).toContain('SRE');
    const url = calls.find((c) => c.url.startsWith('/api/teams/platform/delivery/friction'))?.url ?? '';
    expect(url).toContain('from=');
  });
});

describe('the before/after comparison', () => {
  const compared = (over: Partial<DeliveryComparison['metrics']['leadTime']>) => ({
    before: 10,
    after: 8,
    difference: -2,
    nBefore: 40,
    nAfter: 38,
    unit: 'deployments' as const,
    groupsBefore: null,
    groupsAfter: null,
    ci: [-5, 1] as [number, number],
    method: 'newcombe-wilson' as const,
    betterWhen: 'lower' as const,
    verdict: 'no clear change' as const,
    noVerdictReason: null,
    afterTo: 0,
    ...over,
  });
  const comparison: DeliveryComparison = {
    scope: { kind: 'service', id: 'deploy-pipeline', name: 'deploy-pipeline', team: 'platform', timeZone: 'Europe/London', services: ['deploy-pipeline'] },
    t: Date.UTC(2026, 4, 4, 10),
    windowDays: 90,
    requestedWindowDays: 90,
    dataEnd: Date.UTC(2026, 11, 1),
    failureLagDays: 14,
    seed: 1,
    resamples: 4000,
    notes: [],
    metrics: {
      deploymentFrequency: compared({ before: 16, after: 15, difference: -1, betterWhen: 'higher' }),
      leadTime: compared({}),
      changeFailureRate: compared({ before: 0.18, after: 0.06, difference: -0.12, ci: [-0.18, -0.06], verdict: 'improved' }),
      recoveryTime: compared({ before: null, after: 1, difference: null, ci: null, nBefore: 0, unit: 'recoveries', noVerdictReason: 'Too little data for a verdict: 0 recovered failures before and 38 after; a verdict needs at least 10 on each side.' }),
      reworkRate: compared({ before: 0.15, after: 0.06, difference: -0.09, ci: [-0.14, -0.02], verdict: 'improved' }),
    },
  };

  it('runs from the page and shows each verdict in words, with n on each side', async () => {
    const { container } = await openTeamDelivery();
    const calls = mockFetch({ ...signedIn, 'GET /api/delivery/services/deploy-pipeline/compare': { body: comparison } });
    const panel = container.querySelector('.compare') as HTMLElement;
    const select = [...panel.querySelectorAll('select')][0] as HTMLSelectElement;
    const setSelect = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
    const { act } = await import('react');
    await act(async () => {
      setSelect?.call(select, 'service:deploy-pipeline');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const date = panel.querySelector('input[type="date"]') as HTMLInputElement;
    const setInput = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setInput?.call(date, '2026-05-04');
      date.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(panel.querySelector('button[type="submit"]') as HTMLElement);
    await waitFor(() => expect(panel.querySelector('table')).not.toBeNull());
    expect(calls[0]?.url).toBe('/api/delivery/services/deploy-pipeline/compare?t=2026-05-04T00%3A00%3A00.000Z&windowDays=90&env=production');
    const cfr = text(panel.querySelector('tr[data-metric="changeFailureRate"]'));
    expect(cfr).toContain('18% (n = 40 deployments)');
    expect(cfr).toContain('6% (n = 38 deployments)');
    expect(cfr).toContain('improved');
    expect(panel.querySelector('tr[data-metric="changeFailureRate"] .verdict')?.className).toBe('verdict verdict-improved');
    expect(text(panel.querySelector('tr[data-metric="leadTime"]'))).toContain('no clear change — the interval includes zero');
    expect(text(panel.querySelector('tr[data-metric="recoveryTime"]'))).toContain('not enough data (n = 0 recoveries)');
  });

  it('says why there is no verdict when there is too little data, and shows the moment with its time and zone', async () => {
    const container = await render(<CompareTable data={comparison} />);
    expect(text(container.querySelector('caption'))).toBe('deploy-pipeline: 90 days before and after 4 May 2026, 10:00 UTC');
    expect(text(container.querySelector('tr[data-metric="recoveryTime"]'))).toContain('no clear change — Too little data for a verdict: 0 recovered failures before');
  });

  it('colours "worsened" as a worsening, never as a success', async () => {
    const worse = { ...comparison, metrics: { ...comparison.metrics, changeFailureRate: compared({ before: 0.05, after: 0.2, difference: 0.15, ci: [0.08, 0.22], verdict: 'worsened' }) } };
    const container = await render(<CompareTable data={worse} />);
    expect(container.querySelector('tr[data-metric="changeFailureRate"] .verdict')?.className).toBe('verdict verdict-worsened');
  });
});
