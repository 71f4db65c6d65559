import { describe, expect, it } from 'vitest';
import { classifyPage, localRules, parseWorkingHours, type LocalRules } from './local-time.js';

const at = (iso: string) => Date.parse(iso);
const rules = (zone: string, hours = '09:00-17:00'): LocalRules => ({ zone, hours: parseWorkingHours(hours) });

/** Three zones with different offsets and daylight-saving rules; each case names the local time. */
const zones = {
  // Berlin: UTC+1 in winter, +2 in summer (CEST from 29 March 2026 01:00Z).
  berlin: rules('Europe/Berlin'),
  // New York: UTC−5 in winter, −4 in summer (EDT from 8 March 2026 07:00Z).
  newYork: rules('America/New_York'),
  // Kolkata: UTC+5:30, no daylight saving, a half-hour offset.
  kolkata: rules('Asia/Kolkata'),
};

describe('in hours / off hours at each boundary (start inclusive, end exclusive)', () => {
  const cases: [keyof typeof zones, string, boolean, string][] = [
    // Wednesday 14 January 2026 (winter).
    ['berlin', '2026-01-14T08:00:00.000Z', false, '09:00:00 local: start is in hours'],
    ['berlin', '2026-01-14T07:59:59.999Z', true, '08:59:59.999 local'],
    ['berlin', '2026-01-14T15:59:59.999Z', false, '16:59:59.999 local'],
    ['berlin', '2026-01-14T16:00:00.000Z', true, '17:00:00 local: end is off hours'],
    ['newYork', '2026-01-14T14:00:00.000Z', false, '09:00 local'],
    ['newYork', '2026-01-14T13:59:59.999Z', true, '08:59:59.999 local'],
    ['newYork', '2026-01-14T22:00:00.000Z', true, '17:00 local'],
    ['newYork', '2026-01-14T21:59:59.999Z', false, '16:59:59.999 local'],
    ['kolkata', '2026-01-14T03:30:00.000Z', false, '09:00 local'],
    ['kolkata', '2026-01-14T03:29:59.999Z', true, '08:59:59.999 local'],
    ['kolkata', '2026-01-14T11:30:00.000Z', true, '17:00 local'],
    ['kolkata', '2026-01-14T11:29:59.999Z', false, '16:59:59.999 local'],
  ];
  it.each(cases)('%s %s → offHours %s (%s)', (zone, instant, off) => {
    expect(classifyPage(at(instant), zones[zone]).offHours).toBe(off);
  });
});

describe('sleep hours 22:00 ≤ local or local < 07:00, any day', () => {
  const cases: [keyof typeof zones, string, boolean][] = [
    ['berlin', '2026-01-14T21:00:00.000Z', true], // 22:00 local
    ['berlin', '2026-01-14T20:59:59.999Z', false], // 21:59:59.999
    ['berlin', '2026-01-15T06:00:00.000Z', false], // 07:00
    ['berlin', '2026-01-15T05:59:59.999Z', true], // 06:59:59.999
    ['newYork', '2026-01-15T03:00:00.000Z', true], // 22:00
    ['newYork', '2026-01-15T02:59:59.999Z', false],
    ['newYork', '2026-01-15T12:00:00.000Z', false], // 07:00
    ['newYork', '2026-01-15T11:59:59.999Z', true],
    ['kolkata', '2026-01-14T16:30:00.000Z', true], // 22:00
    ['kolkata', '2026-01-14T16:29:59.999Z', false],
    ['kolkata', '2026-01-15T01:30:00.000Z', false], // 07:00
    ['kolkata', '2026-01-15T01:29:59.999Z', true],
  ];
  it.each(cases)('%s %s → sleepHours %s', (zone, instant, sleep) => {
    expect(classifyPage(at(instant), zones[zone]).sleepHours).toBe(sleep);
  });
  it('a sleep-hour page on a working day is also off hours', () => {
    expect(classifyPage(at('2026-01-14T02:00:00Z'), zones.berlin)).toEqual({ offHours: true, sleepHours: true, weekend: false });
  });
});

describe('weekend: Saturday or Sunday local, start inclusive, end exclusive', () => {
  const cases: [keyof typeof zones, string, boolean][] = [
    // Saturday 17 January 2026 00:00 local.
    ['berlin', '2026-01-16T23:00:00.000Z', true],
    ['berlin', '2026-01-16T22:59:59.999Z', false],
    ['berlin', '2026-01-18T23:00:00.000Z', false], // Monday 00:00
    ['berlin', '2026-01-18T22:59:59.999Z', true], // Sunday 23:59:59.999
    ['newYork', '2026-01-17T05:00:00.000Z', true],
    ['newYork', '2026-01-17T04:59:59.999Z', false],
    ['newYork', '2026-01-19T05:00:00.000Z', false],
    ['newYork', '2026-01-19T04:59:59.999Z', true],
    ['kolkata', '2026-01-16T18:30:00.000Z', true],
    ['kolkata', '2026-01-16T18:29:59.999Z', false],
    ['kolkata', '2026-01-18T18:30:00.000Z', false],
    ['kolkata', '2026-01-18T18:29:59.999Z', true],
  ];
  it.each(cases)('%s %s → weekend %s', (zone, instant, weekend) => {
    expect(classifyPage(at(instant), zones[zone]).weekend).toBe(weekend);
  });
  it('a weekend page in the middle of the day is off hours but not sleep hours', () => {
    expect(classifyPage(at('2026-01-17T11:00:00Z'), zones.berlin)).toEqual({ offHours: true, sleepHours: false, weekend: true });
  });
  it('UTC midnight is not the boundary: Friday 23:30 in New York is Saturday 04:30Z and still Friday there', () => {
    expect(classifyPage(at('2026-01-17T04:30:00Z'), zones.newYork)).toEqual({ offHours: true, sleepHours: true, weekend: false });
    expect(classifyPage(at('2026-01-17T04:30:00Z'), rules('UTC')).weekend).toBe(true);
  });
});

describe('daylight saving moves the boundaries with local time', () => {
  it('05:30Z is 06:30 in Berlin in winter (sleep) and 07:30 in summer (not sleep) — the spec’s example', () => {
    expect(classifyPage(at('2026-01-14T05:30:00Z'), zones.berlin).sleepHours).toBe(true);
    expect(classifyPage(at('2026-07-15T05:30:00Z'), zones.berlin).sleepHours).toBe(false);
  });
  it('Berlin across the spring change (Sunday 29 March 2026): the working day after starts at 07:00Z', () => {
    // Friday 27 March, CET: 09:00 local = 08:00Z.
    expect(classifyPage(at('2026-03-27T08:00:00Z'), zones.berlin).offHours).toBe(false);
    expect(classifyPage(at('2026-03-27T07:59:59Z'), zones.berlin).offHours).toBe(true);
    // Monday 30 March, CEST: 09:00 local = 07:00Z; 16:00Z is 18:00 local.
    expect(classifyPage(at('2026-03-30T07:00:00Z'), zones.berlin).offHours).toBe(false);
    expect(classifyPage(at('2026-03-30T06:59:59Z'), zones.berlin).offHours).toBe(true);
    expect(classifyPage(at('2026-03-30T14:59:59Z'), zones.berlin).offHours).toBe(false);
    expect(classifyPage(at('2026-03-30T15:00:00Z'), zones.berlin).offHours).toBe(true);
  });
  it('Berlin during the skipped hour: 01:00Z on 29 March is 03:00 CEST (sleep, weekend)', () => {
    expect(classifyPage(at('2026-03-29T01:00:00Z'), zones.berlin)).toEqual({ offHours: true, sleepHours: true, weekend: true });
  });
  it('New York across the spring change (Sunday 8 March 2026): 22:00 local is 03:00Z before and 02:00Z after', () => {
    expect(classifyPage(at('2026-03-07T03:00:00Z'), zones.newYork).sleepHours).toBe(true); // Fri 22:00 EST
    expect(classifyPage(at('2026-03-07T02:59:59Z'), zones.newYork).sleepHours).toBe(false);
    expect(classifyPage(at('2026-03-10T02:00:00Z'), zones.newYork).sleepHours).toBe(true); // Mon 22:00 EDT
    expect(classifyPage(at('2026-03-10T01:59:59Z'), zones.newYork).sleepHours).toBe(false);
  });
  it('New York across the autumn change (Sunday 1 November 2026): 07:00 local is 11:00Z before, 12:00Z after', () => {
    expect(classifyPage(at('2026-10-30T11:00:00Z'), zones.newYork).sleepHours).toBe(false); // Fri 07:00 EDT
    expect(classifyPage(at('2026-11-02T11:00:00Z'), zones.newYork).sleepHours).toBe(true); // Mon 06:00 EST
    expect(classifyPage(at('2026-11-02T12:00:00Z'), zones.newYork).sleepHours).toBe(false); // Mon 07:00 EST
  });
  it('Kolkata has no change: the same UTC time classifies the same in January and July', () => {
    expect(classifyPage(at('2026-01-14T01:29:00Z'), zones.kolkata)).toEqual(classifyPage(at('2026-07-15T01:29:00Z'), zones.kolkata));
  });
});

describe('whose zone and hours', () => {
  it('the person’s zone, else the team’s, else UTC; their hours, else 09:00–17:00', () => {
    expect(localRules({ timezone: 'Asia/Kolkata', workingHours: '10:00-18:30' }, 'Europe/Berlin')).toEqual({ zone: 'Asia/Kolkata', hours: { start: 600, end: 1110 } });
    expect(localRules({ timezone: null, workingHours: null }, 'Europe/Berlin')).toEqual({ zone: 'Europe/Berlin', hours: { start: 540, end: 1020 } });
    expect(localRules({ timezone: null, workingHours: null }, null).zone).toBe('UTC');
  });
  it('the person’s own working hours move the off-hours boundary', () => {
    const early = rules('Europe/Berlin', '07:30-15:30');
    expect(classifyPage(at('2026-01-14T06:30:00Z'), early).offHours).toBe(false); // 07:30 local
    expect(classifyPage(at('2026-01-14T14:30:00Z'), early).offHours).toBe(true); // 15:30 local
  });
  it('working hours ending at 24:00 include the last minute of the day', () => {
    expect(classifyPage(at('2026-01-14T22:59:59Z'), rules('Europe/Berlin', '12:00-24:00')).offHours).toBe(false);
  });
  it('rejects malformed working hours and unknown zones', () => {
    expect(() => parseWorkingHours('9-5')).toThrow(/09:00-17:00/);
    expect(() => classifyPage(0, rules('Mars/Olympus'))).toThrow(/IANA/);
  });
});
