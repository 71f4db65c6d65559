// @vitest-environment happy-dom
/** The drill-down reads as events, not ids: times with their zone, short shas, titles and links out. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Schemas } from '../../api/openapi.gen';
import { cleanup, render, text, waitFor } from '../../test/dom';
import { mockFetch, signedIn } from '../../test/fetch-mock';
import { DrillDown } from './DrillDown';
import type { DeliveryReport } from './metrics';

afterEach(async () => {
  await cleanup();
  vi.unstubAllGlobals();
});

const sha = '3f2a9c1d7e8b4a6f0c2d5e7f9a1b3c5d7e9f0a2b';
const report = {
  scope: { kind: 'service', id: 'checkout', name: 'Checkout', team: 'payments', timeZone: 'Europe/Berlin', services: ['checkout'] },
  metrics: { environment: 'production', changeFailureRate: { rate: 0.5, failed: 1, deployments: 2 }, reworkRate: { rate: 0, rework: 0, deployments: 2 }, recoveryTime: { medianHours: null, n: 0, open: 0 } },
} as unknown as DeliveryReport;
const window = { env: 'production', from: '2024-03-01T00:00:00Z', to: '2024-04-01T00:00:00Z' };

function serve(list: Schemas['DeliveryEvents']['list'], items: Schemas['DeliveryEvent'][], details: Schemas['DeliveryEventDetails']) {
  return mockFetch({ ...signedIn, 'GET /api/delivery/services/checkout/events': { body: { list, total: items.length, offset: 0, limit: 200, items, details } } });
}

describe('the drill-down', () => {
  it('shows a failed deployment with its time in the team’s zone, and the incident by title, linked to its source', async () => {
    serve('failed', [{ deployment: 'dep-checkout-734', causes: [{ type: 'incident', incident: 'PD-9' }, { type: 'rollback', by: 'dep-checkout-735' }] }], {
      deployments: {
        'dep-checkout-734': { finishedAt: '2024-03-12T10:00:00.000Z', commit: sha, url: 'https://ci.example.org/deploys/734' },
        'dep-checkout-735': { finishedAt: '2024-03-12T11:00:00.000Z' },
      },
      changes: {},
      incidents: { 'PD-9': { startedAt: '2024-03-12T10:30:00.000Z', title: 'Card payments time out', url: 'https://acme.pagerduty.com/incidents/PD-9' } },
    });
    const container = await render(<DrillDown metric="changeFailureRate" report={report} scope={{ kind: 'service', id: 'checkout' }} window={window} onClose={() => {}} />);
    await waitFor(() => expect(container.querySelector('tbody tr')).not.toBeNull());
    const row = container.querySelector('tbody tr') as HTMLElement;
    expect(text(row)).toContain('12 Mar 2024, 11:00 CET');
    const links = [...row.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href'), a.getAttribute('rel')]);
    expect(links).toContainEqual(['dep-checkout-734 (opens at its source)', 'https://ci.example.org/deploys/734', 'noopener noreferrer']);
    expect(links).toContainEqual(['“Card payments time out” (opens at its source)', 'https://acme.pagerduty.com/incidents/PD-9', 'noopener noreferrer']);
    expect(text(row)).toContain('incident “Card payments time out” (opens at its source) (12 Mar 2024, 11:30 CET)');
    expect(text(row)).toContain('rolled back by dep-checkout-735 (12 Mar 2024, 12:00 CET)');
  });

  it('shortens 40-character shas to 7 and keeps the full one at hand', async () => {
    serve('deployments', [{ deployment: 'd1' }], { deployments: { d1: { finishedAt: '2024-07-01T08:00:00.000Z', commit: sha } }, changes: {}, incidents: {} });
    const container = await render(<DrillDown metric="deploymentFrequency" report={report} scope={{ kind: 'service', id: 'checkout' }} window={window} onClose={() => {}} />);
    await waitFor(() => expect(container.querySelector('tbody tr')).not.toBeNull());
    const cells = [...container.querySelectorAll('tbody tr td')].map((td) => text(td));
    expect(cells).toEqual(['1 Jul 2024, 10:00 CEST', 'd1', '3f2a9c1']);
    expect(container.querySelector('tbody code[title]')?.getAttribute('title')).toBe(sha);
    expect(text(container)).not.toContain(sha);
  });
});
