import { describe, expect, it } from 'vitest';
import { TIER_TABLES } from './tier-tables.js';
import { deliveryTiers, tierOf } from './tiers.js';
import { at, deploy } from './delivery.test-helpers.js';
import { deliveryMetrics } from './metrics.js';

const level = (...args: Parameters<typeof tierOf>) => tierOf(...args)?.level ?? null;

describe('tiers', () => {
  it('defaults to the 2024 report and names it', () => {
    expect(tierOf('leadTime', 10)).toMatchObject({ level: 'elite', report: 2024, label: 'less than one day' });
  });

  it('2024 lead time, recovery and frequency', () => {
    expect(level('leadTime', 24, 2024)).toBe('high');
    expect(level('leadTime', 24 * 10, 2024)).toBe('medium');
    expect(level('leadTime', 24 * 60, 2024)).toBe('low');
    expect(tierOf('leadTime', 24 * 365, 2024)).toMatchObject({ level: 'low', beyondTable: true });
    expect(tierOf('recoveryTime', 5, 2024)).toMatchObject({ level: 'high', alsoMatches: ['medium'] });
    expect(level('recoveryTime', 0.5, 2024)).toBe('elite');
    expect(level('recoveryTime', 72, 2024)).toBe('low');
    expect(level('deploymentFrequency', 3, 2024)).toBe('low'); // monthly-to-6-monthly
    expect(tierOf('deploymentFrequency', 4, 2024)).toMatchObject({ level: 'low', beyondTable: true });
  });

  it('2024 CFR is held as the report printed it: medium 10% below high 20%', () => {
    expect(TIER_TABLES[2024].changeFailureRate.map((b) => [b.level, b.upTo])).toEqual([['elite', 0.05], ['high', 0.2], ['medium', 0.1], ['low', 0.4]]);
    expect(level('changeFailureRate', 0.05, 2024)).toBe('elite');
    expect(tierOf('changeFailureRate', 0.08, 2024)).toMatchObject({ level: 'high', alsoMatches: ['medium'] });
    expect(level('changeFailureRate', 0.15, 2024)).toBe('high');
    expect(level('changeFailureRate', 0.3, 2024)).toBe('low');
  });

  it('2023 table', () => {
    expect(level('changeFailureRate', 0.08, 2023)).toBe('high');
    expect(level('changeFailureRate', 0.15, 2023)).toBe('medium');
    expect(level('changeFailureRate', 0.5, 2023)).toBe('low');
    expect(tierOf('leadTime', 24 * 10, 2023)).toMatchObject({ level: 'medium', alsoMatches: ['low'] });
    expect(level('recoveryTime', 48, 2023)).toBe('medium');
    expect(level('recoveryTime', 24 * 60, 2023)).toBe('low');
    expect(level('deploymentFrequency', 2, 2023)).toBe('medium');
    expect(tierOf('deploymentFrequency', 3, 2023)).toMatchObject({ level: 'low', beyondTable: true });
  });

  it('no data, no tier', () => {
    expect(tierOf('changeFailureRate', null)).toBeNull();
    const m = deliveryMetrics({ changes: [], deployments: [deploy('D1', '2024-03-04T10:00')], incidents: [] }, { from: at('2024-03-04T00:00'), to: at('2024-03-11T00:00') });
    expect(deliveryTiers(m, 2023)).toMatchObject({ report: 2023, leadTime: null, recoveryTime: null, changeFailureRate: { level: 'elite' }, deploymentFrequency: { level: 'high' } });
  });

  it('a service with no deployments gets no tier at all, even over a year (not "low")', () => {
    const year = { from: at('2024-01-01T00:00'), to: at('2025-01-01T00:00') };
    const m = deliveryMetrics({ changes: [], deployments: [], incidents: [] }, year);
    expect(m.deploymentFrequency.deployments).toBe(0);
    expect(deliveryTiers(m)).toEqual({ report: 2024, deploymentFrequency: null, leadTime: null, recoveryTime: null, changeFailureRate: null });
    expect(deliveryTiers(m, 2023)).toEqual({ report: 2023, deploymentFrequency: null, leadTime: null, recoveryTime: null, changeFailureRate: null });
  });
});
