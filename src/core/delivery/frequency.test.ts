import { describe, expect, it } from 'vitest';
import { wholeDays, localDay, dayLabel } from './calendar.js';
import { at } from './delivery.test-helpers.js';
import { deploymentFrequency } from './frequency.js';

const deployed = (...times: string[]) => times.map((t, i) => ({ id: `d${i}`, finishedAt: at(t) }));

describe('deployment frequency', () => {
  it('places deploys on the team’s local day (ISO weeks in its time zone)', () => {
    // 2024-06-09T23:30Z is Monday 10 June in Berlin, Sunday 9 June in UTC.
    const d = deployed('2024-06-09T23:30', '2024-06-10T09:00');
    expect(dayLabel(localDay(d[0]!.finishedAt, 'Europe/Berlin'))).toBe('2024-06-10');
    const from = at('2024-06-02T22:00'); // Monday 3 June, 00:00 in Berlin (CEST)
    const to = at('2024-06-16T22:00');
    const berlin = deploymentFrequency(d, from, to, 'Europe/Berlin');
    expect(berlin.events.weeks).toEqual([{ week: '2024-06-03', deployDays: 0 }, { week: '2024-06-10', deployDays: 1 }]);
  });

  it('only whole local days and weeks count', () => {
    expect(wholeDays(at('2024-06-03T00:00'), at('2024-06-10T00:00'), 'UTC')).toEqual({ first: localDay(at('2024-06-03T00:00'), 'UTC'), last: localDay(at('2024-06-09T00:00'), 'UTC') });
    expect(wholeDays(at('2024-06-03T00:01'), at('2024-06-04T00:00'), 'UTC')).toBeNull();
    const partial = deploymentFrequency(deployed('2024-06-05T10:00'), at('2024-06-04T00:00'), at('2024-06-10T00:00'), 'UTC');
    expect(partial).toMatchObject({ deployments: 1, deployDaysPerWeek: null, category: null });
  });

  it('an empty or inverted window gives null rates, not 0', () => {
    expect(deploymentFrequency([], at('2024-06-03T00:00'), at('2024-06-03T00:00'), 'UTC')).toMatchObject({ perDay: null, perWeek: null, category: null });
  });

  it('on-demand at a median of 5 deploy-days a week', () => {
    const days = ['03', '04', '05', '06', '07', '10', '11', '12', '13', '14'].map((d) => `2024-06-${d}T10:00`);
    expect(deploymentFrequency(deployed(...days), at('2024-06-03T00:00'), at('2024-06-17T00:00'), 'UTC').category).toBe('on-demand');
  });

  it('weekly-to-monthly from whole calendar months when weeks are quieter', () => {
    const days = ['2024-01-10', '2024-02-14', '2024-03-13', '2024-04-10'].map((d) => `${d}T10:00`);
    const f = deploymentFrequency(deployed(...days), at('2024-01-01T00:00'), at('2024-05-01T00:00'), 'UTC');
    expect(f.deployDaysPerWeek).toBe(0);
    expect(f.category).toBe('weekly-to-monthly');
  });

  it('monthly-to-6-monthly when every whole 6-month block has a deployment, else fewer', () => {
    const year = [at('2023-01-01T00:00'), at('2024-01-01T00:00')] as const;
    expect(deploymentFrequency(deployed('2023-02-01T10:00', '2023-09-01T10:00'), ...year, 'UTC').category).toBe('monthly-to-6-monthly');
    expect(deploymentFrequency(deployed('2023-02-01T10:00', '2023-03-01T10:00'), ...year, 'UTC').category).toBe('fewer-than-6-monthly');
    // Three quiet months: not enough for a 6-month block, so "not enough data".
    expect(deploymentFrequency([], at('2023-01-01T00:00'), at('2023-04-01T00:00'), 'UTC').category).toBeNull();
  });
});
