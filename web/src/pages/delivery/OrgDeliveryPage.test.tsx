// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../App';
import type { Schemas } from '../../api/openapi.gen';
import { cleanup, render, text, waitFor } from '../../test/dom';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import type { DeliveryReport } from './metrics';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const org: DeliveryReport = {
  scope: { kind: 'org', id: null, name: 'Organisation', team: null, timeZone: 'UTC', services: ['a', 'b'] },
  metrics: {
    services: ['a', 'b'], environment: 'production', from: Date.UTC(2026, 8, 1), to: Date.UTC(2026, 11, 1), timeZone: 'UTC',
    deploymentFrequency: { deployments: 30, perDay: 0.3, perWeek: 2.3, deployDaysPerWeek: 2, category: 'daily-to-weekly' },
    leadTime: { medianHours: 20, p75Hours: 30, p90Hours: 40, n: 50, skewed: 0, includeMerges: false },
    changeFailureRate: { rate: 0.1, failed: 3, deployments: 30 },
    recoveryTime: { medianHours: 2, n: 3, open: 0 },
    reworkRate: { rate: 0.1, rework: 3, deployments: 30 },
    timeToRestore: { medianHours: 2, n: 3 }, unattributedIncidents: 0, failedAttempts: 0, undeployedChanges: { count: 0, oldestAgeHours: null }, baselineChanges: 0,
  },
  tier: { report: 2024, deploymentFrequency: null, leadTime: null, recoveryTime: null, changeFailureRate: null },
  trend: [{ week: '2026-11-02', deployments: 4, failed: 1, leadTimeMedianHours: 12, leadTimeN: 5 }],
};
const metric = (verdict: Schemas['OrgTeamTrends']['teams'][number]['trend']['leadTime']['verdict'], previous: number | null, current: number | null, nPrevious: number, nCurrent: number) => ({ previous, current, nPrevious, nCurrent, verdict, basis: 'test' });
const trends: Schemas['OrgTeamTrends'] = {
  window: { from: Date.UTC(2026, 8, 1), to: Date.UTC(2026, 11, 1) },
  dataEndsAt: null,
  previous: { from: Date.UTC(2026, 5, 3), to: Date.UTC(2026, 8, 1) },
  environment: 'production',
  teams: [
    { id: 'growth', name: 'Growth', services: 1, trend: { deploymentFrequency: metric('steady', 3, 3.2, 40, 42), changeFailureRate: metric('worsening', 0.05, 0.2, 40, 42), leadTime: metric('not enough data', null, 30, 2, 12) } },
    { id: 'platform', name: 'Platform', services: 2, trend: { deploymentFrequency: metric('improving', 5, 9, 60, 110), changeFailureRate: metric('improving', 0.18, 0.06, 60, 110), leadTime: metric('steady', 20, 18, 40, 70) } },
  ],
};

describe('the organisation delivery page', () => {
  it('lists teams by name against their own past, with verdict, figures and n, and says why there is no ranking', async () => {
    window.history.replaceState(null, '', '/org/delivery');
    const calls = mockFetch({ ...signedIn, 'GET /api/delivery/org': { body: org }, 'GET /api/delivery/org/teams': { body: trends } });
    const container = await render(<App />);
    await waitFor(() => expect(container.querySelector('tr[data-team="platform"]')).not.toBeNull());
    expect(text(container.querySelector('h1'))).toBe('Organisation — delivery');
    expect([...container.querySelectorAll('tbody tr[data-team] th')].map((th) => text(th))).toEqual(['Growth', 'Platform']);
    const platform = container.querySelector('tr[data-team="platform"]') as HTMLElement;
    expect(text(platform.querySelector('[data-metric="changeFailureRate"]'))).toContain('improving');
    expect(text(platform.querySelector('[data-metric="changeFailureRate"]'))).toContain('18% → 6%');
    expect(text(platform.querySelector('[data-metric="changeFailureRate"]'))).toContain('n = 60 → 110 deployments');
    expect(text(container.querySelector('tr[data-team="growth"] [data-metric="leadTime"]'))).toContain('not enough data');
    expect(container.querySelector('tr[data-team="growth"] [data-metric="changeFailureRate"] .verdict-worsening')).not.toBeNull();
    const why = text(container.querySelector('[aria-label="Why teams are not ranked"]'));
    expect(why).toContain('listed by name');
    expect(why).toContain('at least 20 deployments over both periods');
    expect(text(container.querySelector('nav'))).toContain('Organisation delivery');
    expect(calls.some((c) => c.url.startsWith('/api/delivery/org/teams?'))).toBe(true);
  });
});
