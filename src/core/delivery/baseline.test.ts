import { describe, expect, it } from 'vitest';
import { deliveryMetrics } from './metrics.js';
import type { DeliveryInput } from './types.js';

const t = (iso: string) => Date.parse(iso);

describe('a first deployment with neither a change list nor a commit graph', () => {
  // Git ingestion's first tag and deployment webhooks look like this.
  const input: DeliveryInput = {
    changes: [
      { id: 'old1', service: 's', committedAt: t('2020-01-01T00:00:00Z') },
      { id: 'old2', service: 's', committedAt: t('2024-01-01T00:00:00Z') },
      { id: 'new1', service: 's', committedAt: t('2024-02-01T00:00:00Z') },
      { id: 'new2', service: 's', committedAt: t('2024-02-05T00:00:00Z') },
    ],
    deployments: [
      { id: 'first', service: 's', environment: 'production', status: 'success', finishedAt: t('2024-01-10T00:00:00Z'), commit: 'old2' },
      { id: 'second', service: 's', environment: 'production', status: 'success', finishedAt: t('2024-02-02T00:00:00Z'), commit: 'new1', changes: ['new1'] },
    ],
    incidents: [],
  };

  it('ships everything before it as baseline changes: no lead time, not undeployed', () => {
    const m = deliveryMetrics(input, { from: t('2024-01-01T00:00:00Z'), to: t('2024-03-01T00:00:00Z') });
    expect(m.baselineChanges).toBe(2);
    expect(m.events.baselineChanges.sort()).toEqual(['old1', 'old2']);
    expect(m.leadTime).toMatchObject({ n: 1, medianHours: 24 });
    expect(m.undeployedChanges.count).toBe(1);
    expect(m.events.undeployedChanges).toEqual(['new2']);
  });
});
