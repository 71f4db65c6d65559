/**
 * An SLO before/after sits beside a person's review, so it must not call noise a change: the
 * no-change simulation (SLIs whose process is the same on both sides), zero bad events, too
 * little data, and a real change found.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/random.js';
import { compareSloAround } from './compare-slo.js';
import { DAY, HOUR, MINUTE } from './duration.js';
import { slo, sourceOf } from './test-helpers.js';
import type { MinuteSlice } from './totals.js';
import type { SloDefinition } from './slo.js';

const T = Date.UTC(2026, 5, 1);
const breather = () => new Promise((resolve) => setImmediate(resolve));

/**
 * 180 days around T, one slice every 20 minutes, the same process on both sides: busy and quiet
 * days, a background error ratio that drifts from day to day, and now and then an incident (a
 * few hours of a high error ratio) — bursts are what makes per-request intervals lie.
 */
function noChangeSli(seed: number, perSlice = 10_000): MinuteSlice[] {
  const rng = new Rng(seed);
  const background = rng.float(0.0002, 0.002);
  const incidentChance = rng.float(0.02, 0.12);
  const out: MinuteSlice[] = [];
  for (let day = -90; day < 90; day++) {
    const level = rng.lognormal(1, 0.3);
    const dayRatio = background * rng.lognormal(1, 0.6);
    const incident = rng.chance(incidentChance) ? { from: rng.int(0, 20) * HOUR, hours: rng.float(0.5, 4), ratio: rng.float(0.02, 0.3) } : null;
    for (let m = 0; m < 1440; m += 20) {
      const at = T + day * DAY + m * MINUTE;
      const total = Math.max(1, Math.round(perSlice * level * rng.float(0.8, 1.2)));
      const inIncident = incident !== null && m * MINUTE >= incident.from && m * MINUTE < incident.from + incident.hours * HOUR;
      const bad = rng.binomial(total, inIncident ? incident.ratio : dayRatio);
      out.push({ at, good: total - bad, total });
    }
  }
  return out;
}

function compare(def: SloDefinition, slices: MinuteSlice[], over: { seed?: number; resamples?: number } = {}) {
  const from = T - 90 * DAY, to = T + 90 * DAY;
  return compareSloAround(def, sourceOf(def, slices, from, to), { t: T, windowMs: 90 * DAY, dataStart: from, dataEnd: to, ...over });
}

describe('SLO before/after on data with no real change', () => {
  it('calls at most 8% of 300 simulated SLOs "improved" or "worsened" (Occurrences and Timeslices)', async () => {
    const n = 300;
    let occurrences = 0, timeslices = 0;
    const ts = slo({ budgetingMethod: 'Timeslices', sliceTargetNumber: 0.999, targetNumber: 0.99 });
    for (let seed = 1; seed <= n; seed++) {
      if (seed % 20 === 0) await breather();
      const slices = noChangeSli(seed);
      if (compare(slo(), slices, { resamples: 300 }).burnRate.verdict !== 'no clear change') occurrences += 1;
      if (compare(ts, slices, { resamples: 300 }).burnRate.verdict !== 'no clear change') timeslices += 1;
    }
    expect(occurrences / n).toBeLessThanOrEqual(0.08);
    expect(timeslices / n).toBeLessThanOrEqual(0.08);
  }, 300_000);
});

describe('SLO before/after', () => {
  const steady = (bad: (day: number) => number): MinuteSlice[] => {
    const out: MinuteSlice[] = [];
    for (let day = -90; day < 90; day++) for (let h = 0; h < 24; h++) out.push({ at: T + day * DAY + h * HOUR, good: 10_000 - bad(day), total: 10_000 });
    return out;
  };

  it('no bad event on either side: no clear change, and the interval still admits errors (honest at zero)', () => {
    const c = compare(slo(), steady(() => 0));
    expect(c.burnRate).toMatchObject({ before: 0, after: 0, nBefore: 90, nAfter: 90, countedBefore: 21_600_000, badAfter: 0, verdict: 'no clear change', noVerdictReason: null });
    expect(c.burnRate.ci![0]).toBeLessThan(0);
    expect(c.burnRate.ci![1]).toBeGreaterThan(0);
    expect(c.sli).toMatchObject({ before: 1, after: 1, verdict: 'no clear change' });
  });

  it('an SLO that burned every day before and never after: improved, with the SLI going up and the burn going down', () => {
    const c = compare(slo(), steady((day) => (day < 0 ? 10 + (Math.abs(day) % 5) : 0)));
    expect(c.burnRate.verdict).toBe('improved');
    expect(c.burnRate.ci![1]).toBeLessThan(0);
    expect(c.sli.verdict).toBe('improved');
    expect(c.sli.ci![0]).toBeGreaterThan(0);
    expect(c.burnRate.after).toBe(0);
    // Before: 10..14 bad of 10,000 an hour against a 0.1 % budget: a burn of about 1.2.
    expect(c.burnRate.before!).toBeGreaterThan(1);
  });

  it('one bad hour on one day after is not a change: the day, not the request, is the unit', () => {
    const slices = steady((day) => (day === 10 ? 0 : 5));
    slices.push({ at: T + 10 * DAY + 30 * MINUTE, good: 0, total: 5000 });
    expect(compare(slo(), slices).burnRate.verdict).toBe('no clear change');
  });

  it('too few days of data gives no verdict and says why', () => {
    const slices = steady(() => 3).filter((s) => s.at >= T - 10 * DAY);
    const c = compareSloAround(slo(), sourceOf(slo(), slices, T - 90 * DAY, T + 90 * DAY), { t: T, windowMs: 90 * DAY, dataStart: T - 10 * DAY, dataEnd: T + 90 * DAY });
    expect(c.burnRate).toMatchObject({ nBefore: 10, nAfter: 90, ci: null, verdict: 'no clear change' });
    expect(c.burnRate.noVerdictReason).toBe('Too little data for a verdict: 10 days with SLI data before and 90 after; a verdict needs at least 14 on each side.');
    expect(c.notes[0]).toMatch(/starts on 2026-05-22/);
  });

  it('shortens both sides to the end of the data', () => {
    const slices = steady(() => 3).filter((s) => s.at < T + 20 * DAY);
    const c = compareSloAround(slo(), sourceOf(slo(), slices, T - 90 * DAY, T + 20 * DAY), { t: T, windowMs: 90 * DAY, dataStart: T - 90 * DAY, dataEnd: T + 20 * DAY });
    expect(c.windowMs).toBe(20 * DAY);
    expect(c.burnRate).toMatchObject({ nBefore: 20, nAfter: 20 });
    expect(c.notes[0]).toBe('The SLI data ends on 2026-06-21: both sides were shortened from 90 to 20 days.');
  });

  it('gives the same interval for the same input', () => {
    const slices = noChangeSli(7);
    expect(compare(slo(), slices).burnRate.ci).toEqual(compare(slo(), slices).burnRate.ci);
  });
});
