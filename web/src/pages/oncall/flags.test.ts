import { describe, expect, it } from 'vitest';
import { thresholdText, wallTime } from './flags';

describe('flag presentation', () => {
  it('says each threshold in words, with its unit', () => {
    expect(thresholdText({ unit: 'per week', threshold: 1 })).toBe('more than 1 a week');
    expect(thresholdText({ unit: 'hours per week', threshold: 56 })).toBe('more than 56 hours a week');
    expect(thresholdText({ unit: 'share', threshold: 0.35 })).toBe('more than 35% of the team’s pages');
    expect(thresholdText({ unit: 'gini', threshold: 0.4 })).toBe('Gini above 0.40');
    expect(thresholdText({ unit: 'p-value', threshold: 0.01 })).toBe('exact rate test, p < 0.01');
  });
  it('shows the local wall time the server gave, never re-zoned into the viewer’s zone', () => {
    expect(wallTime('2026-01-13T03:00:00+01:00')).toBe('Tue 13 Jan 2026, 03:00');
    expect(wallTime('2026-03-29T03:30:00+02:00')).toBe('Sun 29 Mar 2026, 03:30');
    expect(wallTime('garbage')).toBe('garbage');
  });
});
