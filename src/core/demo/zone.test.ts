import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DAY, Zone, iso, weekday } from './zone.js';

const dayOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / DAY;

describe('Zone', () => {
  const berlin = new Zone('Europe/Berlin');

  it('puts 09:00 Berlin at 08:00Z in winter and 07:00Z in summer', () => {
    expect(iso(berlin.toUtc(dayOf(2024, 1, 15), 9 * 60))).toBe('2024-01-15T08:00:00Z');
    expect(iso(berlin.toUtc(dayOf(2024, 7, 15), 9 * 60))).toBe('2024-07-15T07:00:00Z');
  });

  it('handles the daylight-saving days', () => {
    // 2024-03-31: 02:00 → 03:00 in Berlin; 2024-10-27: 03:00 → 02:00.
    expect(iso(berlin.toUtc(dayOf(2024, 3, 31), 1 * 60))).toBe('2024-03-31T00:00:00Z');
    expect(iso(berlin.toUtc(dayOf(2024, 3, 31), 4 * 60))).toBe('2024-03-31T02:00:00Z');
    expect(iso(berlin.toUtc(dayOf(2024, 10, 27), 12 * 60))).toBe('2024-10-27T11:00:00Z');
    expect(berlin.localMinute(Date.parse('2024-03-31T00:59:00Z'))).toBe(1 * 60 + 59);
    expect(berlin.localMinute(Date.parse('2024-03-31T01:00:00Z'))).toBe(3 * 60);
  });

  it('agrees with Intl for the local day and minute of any instant', () => {
    const zones = ['America/New_York', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin'].map((z) => new Zone(z));
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }), fc.nat(3), (ms, zi) => {
        const zone = zones[zi]!;
        const parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone.name, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).formatToParts(new Date(ms));
        const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
        return (
          zone.localDay(ms) === dayOf(get('year'), get('month'), get('day')) &&
          zone.localMinute(ms) === get('hour') * 60 + get('minute')
        );
      }),
    );
  });

  it('round-trips local day and minute through toUtc away from transitions', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayOf(2020, 1, 1), max: dayOf(2030, 1, 1) }), fc.integer({ min: 4 * 60, max: 23 * 60 }), (day, minute) => {
        const t = berlin.toUtc(day, minute);
        return berlin.localDay(t) === day && berlin.localMinute(t) === minute;
      }),
    );
  });
});

describe('iso and weekday', () => {
  it('formats like toISOString without milliseconds', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => iso(ms) === new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z')),
    );
  });

  it('knows 1970-01-01 was a Thursday and 2024-03-04 a Monday', () => {
    expect(weekday(0)).toBe(4);
    expect(weekday(dayOf(2024, 3, 4))).toBe(1);
  });
});
