import { describe, expect, it } from 'vitest';
import { deliveryMetrics } from '../delivery/index.js';
import { deliveryContext } from './delivery-context.js';

const t = (iso: string): number => Date.parse(iso);

describe('deliveryContext', () => {
  it('writes the team figures with their n, from real metrics', () => {
    const m = deliveryMetrics(
      {
        changes: [{ id: 'c1', service: 's', committedAt: t('2024-03-05T10:00:00Z'), isMerge: false }],
        deployments: [
          { id: 'd0', service: 's', environment: 'production', finishedAt: t('2024-03-04T09:00:00Z'), status: 'success', changes: [] },
          { id: 'd1', service: 's', environment: 'production', finishedAt: t('2024-03-06T10:00:00Z'), status: 'success', changes: ['c1'] },
        ],
        incidents: [],
      },
      { from: t('2024-03-01T00:00:00Z'), to: t('2024-03-15T00:00:00Z'), timeZone: 'UTC' },
    );
    const figures = deliveryContext(m);
    expect(figures.find((f) => f.label === 'Deployments per week')).toEqual({ label: 'Deployments per week', value: '1.0', n: 2 });
    expect(figures.find((f) => f.label === 'Median change lead time')).toEqual({ label: 'Median change lead time', value: '24.0 h', n: 1 });
    expect(figures.find((f) => f.label === 'Change failure rate')).toEqual({ label: 'Change failure rate', value: '0.0%', n: 2 });
    expect(figures.find((f) => f.label === 'Median recovery from a failed deployment')).toEqual({ label: 'Median recovery from a failed deployment', value: 'no data', n: 0 });
  });
});
