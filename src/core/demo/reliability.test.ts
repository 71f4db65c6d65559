import { describe, expect, it } from 'vitest';
import { situationsFor } from './situations.js';
import { ANCHOR, DAY, localHour, median, ofKind, records } from './demo.test-helpers.js';

const all = records({ sliDays: 35 });
const people = ofKind(all, 'person');
const pages = ofKind(all, 'page');
const shifts = ofKind(all, 'oncall_shift');
const slices = ofKind(all, 'sli');

describe('on-call and pages', () => {
  it('rotates weekly shifts among each team’s own engineers, covering the year', () => {
    const teamOf = new Map(people.map((p) => [p.id, p.team]));
    for (const s of shifts) expect(`${teamOf.get(s.person)}-primary`).toBe(s.schedule);
    const platform = shifts.filter((s) => s.schedule === 'platform-primary');
    expect(platform.length).toBeGreaterThanOrEqual(52);
    for (let i = 1; i < platform.length; i++) expect(platform[i]!.start).toBe(platform[i - 1]!.end);
    expect(Date.parse(platform[0]!.start)).toBeLessThanOrEqual(ANCHOR - 365 * DAY);
  });

  it('pages whoever is on call for that team', () => {
    for (const p of pages.filter((_, i) => i % 7 === 0)) {
      const team = p.id.split('-')[1]!;
      const t = Date.parse(p.at);
      const shift = shifts.find((s) => s.schedule === `${team}-primary` && Date.parse(s.start) <= t && t < Date.parse(s.end));
      expect(shift?.person, p.id).toBe(p.person);
    }
  });

  it('gives Dev Patel more sleep-hour pages than the median Payments engineer', () => {
    const payments = people.filter((p) => p.team === 'payments' && p.track === 'ic');
    const sleepPages = (id: string, tz: string) =>
      pages.filter((p) => p.person === id && (localHour(p.at, tz) >= 22 || localHour(p.at, tz) < 7)).length;
    const counts = new Map(payments.map((p) => [p.id, sleepPages(p.id, p.timezone!)]));
    expect(counts.get('dev-patel')!).toBeGreaterThan(2 * median([...counts.values()]));
  });

  it('halves Platform’s pages per shift after the alert tuning', () => {
    const tuned = situationsFor(ANCHOR).alertTuningAt;
    const perShift = (from: number, to: number) => {
      const n = pages.filter((p) => p.id.startsWith('page-platform-') && Date.parse(p.at) >= from && Date.parse(p.at) < to).length;
      return n / ((to - from) / (7 * DAY));
    };
    expect(perShift(tuned, tuned + 90 * DAY)).toBeLessThan(perShift(tuned - 90 * DAY, tuned) / 2);
  });
});

describe('SLI slices', () => {
  it('has one slice per minute for each demo SLO over the SLI days, with 0 <= good <= total', () => {
    const slos = new Set(slices.map((s) => s.slo));
    expect([...slos].sort()).toEqual([
      'auth-service-availability', 'ledger-freshness', 'mobile-bff-availability',
      'payments-api-availability', 'search-api-latency', 'web-frontend-availability',
    ]);
    expect(slices.length).toBe(6 * 35 * 24 * 60);
    const bad = slices.filter(
      (s) => !Number.isInteger(s.good) || !Number.isInteger(s.total) || s.good < 0 || s.good > s.total || Date.parse(s.at) % 60_000 !== 0,
    );
    expect(bad.slice(0, 3)).toEqual([]);
  });

  it('burns payments-api budget in an episode about ten days ago', () => {
    const payments = slices.filter((s) => s.slo === 'payments-api-availability');
    const badRatio = (from: number, to: number) => {
      const w = payments.filter((s) => Date.parse(s.at) >= from && Date.parse(s.at) < to);
      const total = w.reduce((n, s) => n + s.total, 0);
      return w.reduce((n, s) => n + s.total - s.good, 0) / total;
    };
    const burn = situationsFor(ANCHOR).paymentsBurnAt;
    expect(badRatio(burn, burn + 3 * 3_600_000)).toBeGreaterThan(0.03);
    expect(badRatio(ANCHOR - 30 * DAY, ANCHOR - 12 * DAY)).toBeLessThan(0.001);
  });

  it('burns search latency slowly: more slow minutes each week', () => {
    const search = slices.filter((s) => s.slo === 'search-api-latency');
    const badSlices = (from: number, to: number) =>
      search.filter((s) => Date.parse(s.at) >= from && Date.parse(s.at) < to && s.good / s.total < 0.95).length;
    const early = badSlices(ANCHOR - 35 * DAY, ANCHOR - 21 * DAY);
    const late = badSlices(ANCHOR - 14 * DAY, ANCHOR);
    expect(late).toBeGreaterThan(early * 1.5);
  });

  it('follows the day: more traffic at the local afternoon than at night', () => {
    const auth = slices.filter((s, i) => s.slo === 'auth-service-availability' && i % 5 === 0);
    const at = (hour: number) => median(auth.filter((s) => localHour(s.at, 'Europe/Dublin') === hour).map((s) => s.total));
    expect(at(16)).toBeGreaterThan(3 * at(4));
  });
});
