import { describe, expect, it } from 'vitest';
import { comparePagesPerShift } from './compare-pages.js';
import { isSelfResolved, noise, noisyAlerts, shiftEquivalents } from './noise.js';
import { sloAlertNoise } from './slo-alerts.js';
import { HOUR, MINUTE, WEEK, type OncallPage } from './types.js';

const T0 = Date.parse('2026-01-05T09:00:00Z');
const page = (at: number, over: Partial<OncallPage> = {}): OncallPage => ({ id: `p${at}`, at, person: 'a', service: 'api', alert: 'HighLatency', actionable: null, acknowledgedAt: null, resolvedAt: null, ...over });

describe('alert noise', () => {
  const w = { from: T0, to: T0 + 2 * WEEK };
  it('counts shifts as the fraction inside the window', () => {
    expect(shiftEquivalents([{ person: 'a', start: T0 - WEEK / 2, end: T0 + WEEK / 2 }, { person: 'b', start: T0 + WEEK, end: T0 + 2 * WEEK }], w)).toBe(1.5);
  });
  it('pages per shift, actionable share over known pages only, self-resolved share over all', () => {
    const pages = [
      page(T0, { actionable: true, resolvedAt: T0 + 2 * MINUTE }),
      page(T0 + HOUR, { actionable: false, resolvedAt: T0 + HOUR + 5 * MINUTE }),
      page(T0 + 2 * HOUR, { actionable: false, resolvedAt: T0 + 2 * HOUR + 5 * MINUTE + 1 }),
      page(T0 + 3 * HOUR),
      page(T0 - 1), // before the window
    ];
    const n = noise(pages, [{ person: 'a', start: T0, end: T0 + WEEK }, { person: 'b', start: T0 + WEEK, end: T0 + 2 * WEEK }], w);
    expect(n).toEqual({ pages: 4, shifts: 2, pagesPerShift: 2, actionable: 1, actionableKnown: 3, actionableShare: 1 / 3, selfResolved: 1, selfResolvedShare: 0.25 });
  });
  it('self-resolved: within 5 minutes inclusive, and never an actionable page', () => {
    expect(isSelfResolved(page(0, { resolvedAt: 5 * MINUTE }))).toBe(true);
    expect(isSelfResolved(page(0, { resolvedAt: 5 * MINUTE + 1 }))).toBe(false);
    expect(isSelfResolved(page(0, { resolvedAt: MINUTE, actionable: true }))).toBe(false);
    expect(isSelfResolved(page(0))).toBe(false);
  });
  it('is honest at zero: no shifts → no pages per shift; no pages → no shares', () => {
    expect(noise([], [], w)).toMatchObject({ pages: 0, pagesPerShift: null, actionableShare: null, selfResolvedShare: null });
  });
  it('lists the alerts nobody could act on first', () => {
    const pages = [
      page(T0, { alert: 'A', actionable: true }),
      page(T0 + 1, { alert: 'A', actionable: true }),
      page(T0 + 2, { alert: 'B', actionable: false }),
      page(T0 + 3, { alert: null, service: 'db', actionable: false }),
      page(T0 + 4, { alert: 'B', actionable: false, resolvedAt: T0 + 4 + MINUTE }),
    ];
    expect(noisyAlerts(pages, w)).toEqual([
      { service: 'api', alert: 'B', pages: 2, notActionable: 2, selfResolved: 1, actionableShare: 0 },
      { service: 'db', alert: null, pages: 1, notActionable: 1, selfResolved: 0, actionableShare: 0 },
      { service: 'api', alert: 'A', pages: 2, notActionable: 0, selfResolved: 0, actionableShare: 1 },
    ]);
  });
});

describe('SLO alert episodes (the seam for the SLO engine)', () => {
  const w = { from: T0, to: T0 + 2 * WEEK };
  it('is null — not zero — until a source provides episodes', () => {
    expect(sloAlertNoise(null, w)).toBeNull();
  });
  it('episodes per week and the share followed by real burn, over judged episodes only', () => {
    const e = (start: number, followedByBurn: boolean | null) => ({ slo: 's', service: 'api', severity: 'page' as const, start, end: start + HOUR, followedByBurn });
    expect(sloAlertNoise({ episodes: [e(T0, true), e(T0 + 1, false), e(T0 + 2, null), e(T0 - 1, true)], covered: w }, w)).toEqual({ episodes: 3, perWeek: 1.5, judged: 2, followedByBurn: 1, followedByBurnShare: 0.5 });
    // Per week over the weeks the SLI data covers, not over the whole window.
    expect(sloAlertNoise({ episodes: [e(T0, true)], covered: { from: w.from, to: w.from + 7 * 86_400_000 } }, w)!.perWeek).toBe(1);
  });
});

describe('pages per shift before and after a change', () => {
  const shifts = Array.from({ length: 20 }, (_, i) => ({ person: i % 2 ? 'a' : 'b', start: T0 + i * WEEK, end: T0 + (i + 1) * WEEK }));
  const t = T0 + 10 * WEEK;
  const pages: OncallPage[] = [];
  shifts.forEach((s, i) => {
    const n = i < 10 ? 6 + (i % 3) : 1 + (i % 2);
    for (let k = 0; k < n; k++) pages.push(page(s.start + (k + 1) * HOUR, { person: s.person }));
  });
  it('gives both sides with n and a bootstrap interval that excludes zero for a clear drop', () => {
    const c = comparePagesPerShift(shifts, pages, t, { windowMs: 10 * WEEK });
    expect(c).toMatchObject({ shiftsBefore: 10, shiftsAfter: 10, pagesBefore: 69, pagesAfter: 15, before: 6.9, after: 1.5, verdict: 'fewer' });
    expect(c.difference).toBeCloseTo(-5.4, 10);
    expect(c.ci![1]).toBeLessThan(0);
    expect(comparePagesPerShift(shifts, pages, t, { windowMs: 10 * WEEK })).toEqual(c);
  });
  it('says "no clear change" when one side has no shifts', () => {
    expect(comparePagesPerShift(shifts, pages, T0 + 100 * WEEK, { windowMs: 10 * WEEK })).toMatchObject({ verdict: 'no clear change', after: null, shiftsAfter: 0 });
  });
});
