import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, outsideWorkingHours } from './format';

describe('formatDate: a date is a date', () => {
  it('never invents a time and never shifts the day', () => {
    expect(formatDate('2026-10-27')).toBe('27 Oct 2026');
    // A day stored as midnight UTC reads as that day, not "26 Oct, 20:00" in New York or "01:00" in London.
    expect(formatDate('2026-10-27T00:00:00.000Z')).toBe('27 Oct 2026');
    expect(formatDate('2026-06-19T00:00:00Z')).toBe('27 Oct 2026'.replace('27 Oct', '19 Jun'));
    expect(formatDate(null)).toBe('—');
  });
});

describe('formatTime: a real time, with its zone named', () => {
  it('names the zone of the moment itself: BST in summer, GMT in winter', () => {
    expect(formatTime('2025-07-07T02:10:00Z', 'Europe/London')).toBe('7 Jul 2025, 03:10 BST');
    expect(formatTime('2025-01-07T03:10:00Z', 'Europe/London')).toBe('7 Jan 2025, 03:10 GMT');
  });

  it("shows the subject's clock: the same page is 03:10 for someone in London and 04:10 in Berlin", () => {
    expect(formatTime('2025-01-07T03:10:00Z', 'Europe/Berlin')).toBe('7 Jan 2025, 04:10 CET');
    expect(formatTime('2025-01-07T03:10:00Z', 'Europe/Berlin', { date: false })).toBe('04:10 CET');
  });

  it("falls back to the viewer's zone for none or an unknown one, still naming it", () => {
    expect(formatTime('2025-01-07T03:10:00Z', 'Mars/Olympus')).toMatch(/^7 Jan 2025, \d\d:\d\d \S+/);
    expect(formatTime(undefined)).toBe('—');
  });
});

describe('outsideWorkingHours', () => {
  it('reads the hours in the person’s zone, and weekends are outside', () => {
    // 07:30 UTC on a Tuesday is 08:30 in Berlin (before 09:00) and 07:30 in London (before 09:00).
    expect(outsideWorkingHours('2025-01-07T07:30:00Z', '09:00-17:00', 'Europe/Berlin')).toBe(true);
    expect(outsideWorkingHours('2025-01-07T08:30:00Z', '09:00-17:00', 'Europe/Berlin')).toBe(false);
    expect(outsideWorkingHours('2025-01-07T08:30:00Z', '09:00-17:00', 'Europe/London')).toBe(true);
    expect(outsideWorkingHours('2025-01-11T12:00:00Z', '09:00-17:00', 'Europe/London')).toBe(true);
    expect(outsideWorkingHours('2025-01-07T12:00:00Z', null, 'Europe/London')).toBeNull();
  });
});
