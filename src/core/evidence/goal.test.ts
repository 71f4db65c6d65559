import { describe, expect, it } from 'vitest';
import { compareQuartersDesc, parseGoalInput, parseGoalUpdate, quarterOf, quarterRange } from './goal.js';

describe('goals', () => {
  it('reads a goal with a quarter, text and a default status', () => {
    expect(parseGoalInput({ quarter: '2026-Q3', text: ' Halve pages per shift on Platform ' })).toEqual({
      ok: true,
      value: { quarter: '2026-Q3', text: 'Halve pages per shift on Platform', status: 'not-started' },
    });
  });

  it('names the fields that are wrong', () => {
    expect(parseGoalInput({ quarter: '2026-Q5', text: '', status: 'green' })).toEqual({
      ok: false,
      problems: [
        { field: 'quarter', message: 'must be a quarter like 2026-Q3' },
        { field: 'text', message: 'must not be empty' },
        { field: 'status', message: 'must be one of not-started, on-track, at-risk, done, dropped' },
      ],
    });
  });

  it('takes a partial update (status only)', () => {
    expect(parseGoalUpdate({ status: 'at-risk' })).toEqual({ ok: true, value: { status: 'at-risk' } });
    expect(parseGoalUpdate({ status: 'finished' }).ok).toBe(false);
  });

  it('knows quarters: of a time, their range, newest first', () => {
    expect(quarterOf(Date.UTC(2026, 6, 1))).toBe('2026-Q3');
    expect(quarterOf(Date.UTC(2026, 5, 30, 23, 59))).toBe('2026-Q2');
    expect(quarterRange('2026-Q4')).toEqual({ from: Date.UTC(2026, 9, 1), to: Date.UTC(2027, 0, 1) });
    expect(quarterRange('2026-4')).toBeNull();
    expect(['2025-Q4', '2026-Q3', '2026-Q1'].sort(compareQuartersDesc)).toEqual(['2026-Q3', '2026-Q1', '2025-Q4']);
  });
});
