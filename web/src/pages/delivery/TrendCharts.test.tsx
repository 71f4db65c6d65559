// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, text } from '../../test/dom';
import { TrendCharts } from './TrendCharts';

afterEach(cleanup);

const trend = [
  { week: '2026-05-25', deployments: 10, failed: 2, leadTimeMedianHours: 30, leadTimeN: 12 },
  { week: '2026-06-01', deployments: 0, failed: 0, leadTimeMedianHours: null, leadTimeN: 0 },
  { week: '2026-06-08', deployments: 8, failed: 0, leadTimeMedianHours: 10, leadTimeN: 9 },
];

describe('the weekly charts', () => {
  it('draw a weekly change failure rate (a gap, not 0%, for a week without deployments) beside the lead time', async () => {
    const container = await render(<TrendCharts trend={trend} scopeName="deploy-pipeline" />);
    const cfr = container.querySelector('#chart-cfr-title')?.closest('figure') as HTMLElement;
    expect(text(cfr.querySelector('h3'))).toBe('Change failure rate per week');
    const rows = [...cfr.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));
    expect(rows).toEqual([['20%', '2', '10'], ['not enough data', '0', '0'], ['0%', '0', '8']]);
    expect(container.querySelector('#chart-lead-time-title')).not.toBeNull();
  });

  it('mark outcome-linked work inside the charted weeks, named in every caption', async () => {
    const markers = [
      { at: '2026-06-02T10:00:00Z', title: 'Rollout automation shipped' },
      { at: '2025-01-01T00:00:00Z', title: 'Long ago' },
    ];
    const container = await render(<TrendCharts trend={trend} scopeName="deploy-pipeline" markers={markers} />);
    const captions = [...container.querySelectorAll('figcaption')].map((f) => text(f));
    expect(captions).toHaveLength(3);
    for (const c of captions) expect(c).toContain('Dashed lines: Rollout automation shipped (2 Jun 2026).');
    expect(text(container)).not.toContain('Long ago');
  });
});
