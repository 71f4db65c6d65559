/**
 * Window sums from hourly rollups plus raw minutes at the edges (spec/reliability.md, "Scale"):
 * a 30-day window is 720 hour rows and at most two partial hours of minutes, instead of 43,200
 * minute rows. Rollups hold, per SLO and hour, Σgood, Σtotal, slices with data and good slices
 * (for one-minute Timeslices), so every figure computed from them is exactly the figure computed
 * from the raw slices. The caller supplies the raw minutes of every partial hour it will ask
 * about (see edgeRanges).
 */
import { HOUR, MINUTE } from './duration.js';
import type { Rational } from './rational.js';
import { meetsTarget, type MinuteSlice, type SliSource, type Totals } from './totals.js';

export interface HourRollup {
  hour: number;
  good: number;
  total: number;
  dataSlices: number;
  goodSlices: number;
}

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;
const ceilHour = (t: number) => Math.ceil(t / HOUR) * HOUR;

/** The minute ranges a rollup source needs raw slices for, to answer windows [at − w, at). */
export function edgeRanges(at: number, windowsMs: readonly number[]): [number, number][] {
  const ranges: [number, number][] = [[floorHour(at), at]];
  for (const w of windowsMs) {
    const from = at - w;
    if (ceilHour(from) <= floorHour(at)) ranges.push([from, ceilHour(from)]);
    else ranges.push([from, at]);
  }
  // Merge overlaps so each minute is read once.
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    if (r[0] >= r[1]) continue;
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

export function rollupSource(hours: readonly HourRollup[], minutes: readonly MinuteSlice[], sliceTarget: Rational | undefined): SliSource {
  const hs = [...hours].sort((a, b) => a.hour - b.hour);
  const hAt = hs.map((h) => h.hour);
  const cum = (pick: (h: HourRollup) => number) => {
    const out = new Float64Array(hs.length + 1);
    hs.forEach((h, i) => (out[i + 1] = out[i]! + pick(h)));
    return out;
  };
  const hg = cum((h) => h.good), ht = cum((h) => h.total), hd = cum((h) => h.dataSlices), hgs = cum((h) => h.goodSlices);
  const ms = [...minutes].sort((a, b) => a.at - b.at);
  const mAt = ms.map((m) => m.at);
  const mg = new Float64Array(ms.length + 1), mt = new Float64Array(ms.length + 1), md = new Float64Array(ms.length + 1), mgs = new Float64Array(ms.length + 1), mr = new Float64Array(ms.length + 1);
  ms.forEach((m, i) => {
    const data = m.total > 0;
    mg[i + 1] = mg[i]! + m.good;
    mt[i + 1] = mt[i]! + m.total;
    md[i + 1] = md[i]! + (data ? 1 : 0);
    mgs[i + 1] = mgs[i]! + (data && sliceTarget !== undefined && meetsTarget(m.good, m.total, sliceTarget) ? 1 : 0);
    mr[i + 1] = mr[i]! + (data ? m.good / m.total : 0);
  });
  const lower = (xs: number[], t: number) => {
    let lo = 0, hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid]! < t) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const minuteSums = (from: number, to: number) => {
    const a = lower(mAt, from), b = lower(mAt, to);
    return { good: mg[b]! - mg[a]!, total: mt[b]! - mt[a]!, data: md[b]! - md[a]!, goodSlices: mgs[b]! - mgs[a]!, ratio: mr[b]! - mr[a]! };
  };
  return {
    totals(from: number, to: number): Totals {
      const slices = Math.max(0, Math.ceil(to / MINUTE) - Math.ceil(from / MINUTE));
      const hFrom = ceilHour(from), hTo = floorHour(to);
      if (hFrom >= hTo) {
        const m = minuteSums(from, to);
        return { good: m.good, total: m.total, goodSlices: m.goodSlices, dataSlices: m.data, slices, ratioSum: m.ratio };
      }
      const a = lower(hAt, hFrom), b = lower(hAt, hTo);
      const head = minuteSums(from, hFrom), tail = minuteSums(hTo, to);
      return {
        good: hg[b]! - hg[a]! + head.good + tail.good,
        total: ht[b]! - ht[a]! + head.total + tail.total,
        dataSlices: hd[b]! - hd[a]! + head.data + tail.data,
        goodSlices: hgs[b]! - hgs[a]! + head.goodSlices + tail.goodSlices,
        slices,
        // RatioTimeslices is never read from rollups (a mean of ratios has no exact rollup).
        ratioSum: head.ratio + tail.ratio,
      };
    },
  };
}

/** Σ over whole hours [from, to) of the hourly rollups, as the store sums them. */
export interface HourRangeSums {
  good: number;
  total: number;
  dataSlices: number;
  goodSlices: number;
}

export const hourRangeKey = (from: number, to: number): string => `${from}|${to}`;

/** The whole-hour ranges a window-sum source needs for windows [at − w, at). */
export function hourRanges(at: number, windowsMs: readonly number[]): [number, number][] {
  const out = new Map<string, [number, number]>();
  for (const w of windowsMs) {
    const from = ceilHour(at - w), to = floorHour(at);
    if (from < to) out.set(hourRangeKey(from, to), [from, to]);
  }
  return [...out.values()];
}

/**
 * Window sums from whole-hour range sums the store computed (one aggregate per window, summed
 * in SQL from the rollups) plus the raw minutes of the partial hours: a status read is then a
 * handful of rows per SLO, whatever the window. Asking for a window whose hour range was not
 * fetched is a programming error, not a zero.
 */
export function windowSumsSource(hourSums: ReadonlyMap<string, HourRangeSums>, minutes: readonly MinuteSlice[], minuteRanges: readonly [number, number][], sliceTarget: Rational | undefined): SliSource {
  const all = rollupSource([], minutes, sliceTarget);
  // Minutes outside the ranges read are unknown, not zero: asking for them is an error.
  const minuteOnly = {
    totals(from: number, to: number): Totals {
      if (from < to && !minuteRanges.some(([a, b]) => a <= from && to <= b)) {
        throw new RangeError(`window sums: minutes ${new Date(from).toISOString()}..${new Date(to).toISOString()} were not read`);
      }
      return all.totals(from, to);
    },
  };
  return {
    totals(from: number, to: number): Totals {
      const hFrom = ceilHour(from), hTo = floorHour(to);
      if (hFrom >= hTo) return minuteOnly.totals(from, to);
      const h = hourSums.get(hourRangeKey(hFrom, hTo));
      if (!h) throw new RangeError(`window sums: hours ${new Date(hFrom).toISOString()}..${new Date(hTo).toISOString()} were not read`);
      const head = minuteOnly.totals(from, hFrom), tail = minuteOnly.totals(hTo, to);
      return {
        good: h.good + head.good + tail.good,
        total: h.total + head.total + tail.total,
        dataSlices: h.dataSlices + head.dataSlices + tail.dataSlices,
        goodSlices: h.goodSlices + head.goodSlices + tail.goodSlices,
        slices: Math.max(0, Math.ceil(to / MINUTE) - Math.ceil(from / MINUTE)),
        ratioSum: head.ratioSum + tail.ratioSum,
      };
    },
  };
}
