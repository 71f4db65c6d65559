import { describe, expect, it } from 'vitest';
import { alertStatuses } from './alerts.js';
import { budgetFigures } from './budget.js';
import { burnRates } from './burn.js';
import { parseDuration } from './duration.js';
import { fromNumber, parseDecimal, rat, sub, ONE, cmp } from './rational.js';
import { AT, DAY, MINUTE, minutes, slo, sourceOf } from './test-helpers.js';
import { resolveWindow } from './window.js';

describe('exact arithmetic', () => {
  it('knows 1 − 0.999 is exactly 1/1000, which floating point does not', () => {
    expect(1 - 0.999).not.toBe(0.001);
    expect(sub(ONE, fromNumber(0.999))).toEqual(rat(1, 1000));
    expect(parseDecimal('99.95')).toEqual(rat(1999, 20));
    expect(fromNumber(1e-7)).toEqual(rat(1, 10_000_000));
  });
});

describe('Occurrences', () => {
  it('divides bad by total and by the budget', () => {
    const def = slo({ targetNumber: 0.99 });
    const s = minutes(AT - 30 * DAY, AT, 100, (t) => (t < AT - 29 * DAY ? 2 : 0));
    const b = budgetFigures(def, sourceOf(def, s, AT - 30 * DAY, AT), AT);
    // 1,440 minutes × 2 bad = 2,880 of 4,320,000; allowed 43,200 → consumed 1/15.
    expect(b.bad).toBe(2880);
    expect(b.wholeWindow.consumed).toBeCloseTo(1 / 15, 15);
    expect(b.sli).toBeCloseTo(1 - 2880 / 4_320_000, 15);
  });

  it('reports remaining both signed and clamped when overspent', () => {
    const def = slo({ targetNumber: 0.999 });
    const s = minutes(AT - 30 * DAY, AT, 100, () => 1); // 1 % bad against a 0.1 % budget
    const b = budgetFigures(def, sourceOf(def, s, AT - 30 * DAY, AT), AT);
    expect(b.wholeWindow.consumed).toBe(10);
    expect(b.wholeWindow.remaining).toBe(0);
    expect(b.wholeWindow.remainingSigned).toBe(-9);
  });

  it('says null, not 100 %, without data', () => {
    const def = slo();
    const b = budgetFigures(def, sourceOf(def, [], AT - 30 * DAY, AT), AT);
    expect(b.sli).toBeNull();
    expect(b.wholeWindow.consumed).toBeNull();
  });
});

describe('Timeslices', () => {
  const def = slo({ budgetingMethod: 'Timeslices', targetNumber: 0.99, sliceTargetNumber: 0.95, window: { kind: 'rolling', duration: { count: 28, unit: 'd' } } });
  // 40,320 minute slices in 28 days; 100 of them at 90 % good (bad slices), one at exactly 95 % (good: ≥).
  const from = AT - 28 * DAY;
  const badMinute = (t: number) => t >= AT - 100 * MINUTE;
  const s = minutes(from, AT, 100, (t) => (badMinute(t) ? 10 : t === from ? 5 : 0));

  it('counts a slice good when good/total ≥ timeSliceTarget, exactly at the threshold too', () => {
    const b = budgetFigures(def, sourceOf(def, s, from, AT), AT);
    expect(b.slices).toEqual({ good: 40_320 - 100, bad: 100, withoutData: 0, inWholeWindow: 40_320 });
    // consumed = 100 / (0.01 × 40,320)
    expect(b.wholeWindow.consumed).toBeCloseTo(100 / 403.2, 12);
  });

  it('follows the no-data policy for empty slices', () => {
    const sparse = s.filter((x) => x.at < AT - 1000 * MINUTE || x.at >= AT - 500 * MINUTE); // 500 slices without data
    const figures = (noData: 'good' | 'bad' | 'excluded') => budgetFigures({ ...def, noData }, sourceOf(def, sparse, from, AT), AT);
    expect(figures('excluded').slices!.withoutData).toBe(500);
    expect(figures('excluded').wholeWindow.consumed).toBeCloseTo(100 / 403.2, 12);
    expect(figures('good').sli).toBeCloseTo(1 - 100 / 40_320, 12);
    expect(figures('excluded').sli).toBeCloseTo(1 - 100 / 39_820, 12);
    expect(figures('bad').wholeWindow.consumed).toBeCloseTo(600 / 403.2, 12);
  });

  it('groups minutes into longer slices', () => {
    const five = { ...def, timeSliceMinutes: 5 };
    const b = budgetFigures(five, sourceOf(five, s, from, AT), AT);
    expect(b.slices!.inWholeWindow).toBe(8064);
    expect(b.slices!.bad).toBe(20);
  });
});

describe('RatioTimeslices', () => {
  it('averages per-slice ratios, so a quiet minute weighs as much as a busy one', () => {
    const def = slo({ budgetingMethod: 'RatioTimeslices', targetNumber: 0.9, window: { kind: 'rolling', duration: { count: 1, unit: 'd' } } });
    const s = [
      { at: AT - 2 * MINUTE, good: 1, total: 2 }, // 0.5
      { at: AT - MINUTE, good: 1000, total: 1000 }, // 1
    ];
    const b = budgetFigures(def, sourceOf(def, s, AT - DAY, AT), AT);
    expect(b.sli).toBeCloseTo(0.75, 12);
    // Occurrences would say 1001/1002.
    expect(budgetFigures({ ...def, budgetingMethod: 'Occurrences' }, sourceOf(def, s, AT - DAY, AT), AT).sli).toBeCloseTo(1001 / 1002, 12);
    // bad slice-equivalents 0.5 against 0.1 × 1,440 slices.
    expect(b.wholeWindow.consumed).toBeCloseTo(0.5 / 144, 12);
  });
});

describe('calendar windows', () => {
  const week = { kind: 'calendar' as const, duration: { count: 1, unit: 'w' as const }, startTime: '2022-01-01 12:00:00', timeZone: 'America/New_York' };

  it('aligns to startTime in the time zone, across a daylight-saving change (7 days = 167 hours)', () => {
    // 2026-03-08 02:00 New York springs forward; the period holding it is 7 × 24 − 1 hours long.
    const at = Date.UTC(2026, 2, 9, 12);
    const w = resolveWindow(week, at);
    expect(new Date(w.from).toISOString()).toBe('2026-03-07T17:00:00.000Z'); // Saturday 12:00 EST
    expect(new Date(w.to).toISOString()).toBe('2026-03-14T16:00:00.000Z'); // Saturday 12:00 EDT
    expect((w.to - w.from) / 3_600_000).toBe(167);
    expect(w.inProgress).toBe(true);
  });

  it('uses real months in a calendar month window (Europe/Berlin), and reads the budget to date and for the whole window', () => {
    const month = { kind: 'calendar' as const, duration: { count: 1, unit: 'M' as const }, startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Berlin' };
    const at = Date.UTC(2026, 1, 8, 23); // 9 Feb 00:00 Berlin: 8 of February's 28 days have elapsed
    const w = resolveWindow(month, at);
    expect(new Date(w.from).toISOString()).toBe('2026-01-31T23:00:00.000Z');
    expect(new Date(w.to).toISOString()).toBe('2026-02-28T23:00:00.000Z');
    const def = slo({ window: month });
    const s = minutes(w.from, at, 100, (t) => (t < w.from + 100 * MINUTE ? 10 : 0)); // 1,000 bad of 1,152,000
    const b = budgetFigures(def, sourceOf(def, s, w.from, at), at);
    expect(b.toDate.consumed).toBeCloseTo(1000 / 1_152_000 / 0.001, 12);
    expect(b.wholeWindow.consumed).toBeCloseTo(((1000 / 1_152_000 / 0.001) * 8) / 28, 12);
  });

  it('is a day of 25 hours when the clocks fall back', () => {
    const day = { kind: 'calendar' as const, duration: { count: 1, unit: 'd' as const }, startTime: '2026-01-01 00:00:00', timeZone: 'Europe/Berlin' };
    const w = resolveWindow(day, Date.UTC(2026, 9, 25, 12));
    expect((w.to - w.from) / 3_600_000).toBe(25);
  });
});

describe('alerts', () => {
  it('derives factors per period: 13.44 and 5.6 for 28 days', () => {
    const def = slo({ window: { kind: 'rolling', duration: { count: 28, unit: 'd' } } });
    const a = alertStatuses(def, sourceOf(def, [], AT - DAY, AT), AT, null);
    expect(a.map((x) => x.factor)).toEqual([13.44, 5.6, 2.8, 0.9333333333333333]);
  });

  it('does not fire at exactly the factor, and fires one bad event above it', () => {
    // 30 d, 99.9 %: 1 h/5 m fires above 14.4, i.e. above 1.44 % bad. 10,000 events a minute.
    const def = slo();
    const at = (badPerMinute: number) => {
      const s = minutes(AT - 2 * 3_600_000, AT, 10_000, (t) => (t >= AT - 3_600_000 ? badPerMinute : 0));
      return alertStatuses(def, sourceOf(def, s, AT - DAY, AT), AT, null)[0]!;
    };
    expect(at(144).longBurnRate).toBe(14.4);
    expect(at(144).firing).toBe(false);
    const s = minutes(AT - 2 * 3_600_000, AT, 10_000, (t) => (t >= AT - 3_600_000 ? 144 : 0));
    s[s.length - 1]!.good -= 1; // one more bad event
    const a = alertStatuses(def, sourceOf(def, s, AT - DAY, AT), AT, null)[0]!;
    expect(a.firing).toBe(true);
  });

  it('holds a page with too few events behind it (one failed request at 3 a.m.)', () => {
    const def = slo({ minEvents: 100 });
    const s = [{ at: AT - 3 * MINUTE, good: 0, total: 1 }];
    const a = alertStatuses(def, sourceOf(def, s, AT - DAY, AT), AT, null)[0]!;
    expect(a.longBurnRate).toBe(1000);
    expect(a.firing).toBe(false);
    expect(a.heldByMinimumEvents).toBe(true);
    expect(alertStatuses({ ...def, minEvents: 1 }, sourceOf(def, s, AT - DAY, AT), AT, null)[0]!.firing).toBe(true);
  });
});

describe('durations', () => {
  it('are case-sensitive: 30m is minutes, 30M months, 30s and 1H are refused', () => {
    expect(parseDuration('30m')).toEqual({ ok: true, duration: { count: 30, unit: 'm' } });
    expect(parseDuration('30M')).toEqual({ ok: true, duration: { count: 30, unit: 'M' } });
    expect(parseDuration('30s').ok).toBe(false);
    expect(parseDuration('1H').ok).toBe(false);
    expect(parseDuration('0d').ok).toBe(false);
  });
});

describe('burn rates', () => {
  it('are null for a window without data', () => {
    const def = slo();
    expect(burnRates(def, sourceOf(def, [], AT - DAY, AT), AT)['5m']).toBeNull();
  });
  it('compare exactly', () => {
    expect(cmp(rat(144, 10), rat(72, 5))).toBe(0);
  });
});
