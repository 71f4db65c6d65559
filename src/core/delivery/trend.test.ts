import { describe, expect, it } from 'vitest';
import { deliveryMetrics } from './metrics.js';
import { weeklyTrend } from './trend.js';
import type { DeliveryInput } from './types.js';

const t = (iso: string) => Date.parse(iso);

describe('weeklyTrend', () => {
  it('buckets deployments, failures and lead times by the team’s ISO week', () => {
    const input: DeliveryInput = {
      changes: [
        { id: 'c1', service: 's', committedAt: t('2024-06-03T08:00:00Z') },
        { id: 'c2', service: 's', committedAt: t('2024-06-10T08:00:00Z') },
        { id: 'c3', service: 's', committedAt: t('2024-06-10T09:00:00Z') },
      ],
      deployments: [
        { id: 'd0', service: 's', environment: 'production', status: 'success', finishedAt: t('2024-05-01T08:00:00Z'), changes: [] },
        { id: 'd1', service: 's', environment: 'production', status: 'success', finishedAt: t('2024-06-03T10:00:00Z'), changes: ['c1'] },
        // Sunday 23:30 UTC is Monday in Berlin: next week for a Berlin team.
        { id: 'd2', service: 's', environment: 'production', status: 'success', finishedAt: t('2024-06-16T23:30:00Z'), changes: ['c2', 'c3'] },
      ],
      incidents: [{ id: 'i1', service: 's', startedAt: t('2024-06-17T01:00:00Z'), causedBy: 'd2' }],
    };
    const m = deliveryMetrics(input, { from: t('2024-06-01T00:00:00Z'), to: t('2024-07-01T00:00:00Z'), timeZone: 'Europe/Berlin' });
    expect(weeklyTrend(input, m)).toEqual([
      { week: '2024-06-03', deployments: 1, failed: 0, leadTimeMedianHours: 2, leadTimeN: 1 },
      { week: '2024-06-17', deployments: 1, failed: 1, leadTimeMedianHours: 159, leadTimeN: 2 },
    ]);
  });
});
