/**
 * Sums over a window of one-minute slices, in O(1) per window from cumulative sums. Every
 * figure — budgets, burn rates, alerts, their history — is a function of these sums, so the
 * same arithmetic runs over raw slices (prefix sums here) or over stored hourly rollups plus a
 * raw tail (the store's fast path), and both must agree exactly.
 */
import { MINUTE } from './duration.js';
import type { Rational } from './rational.js';

export interface Totals {
  good: number;
  total: number;
  /** Timeslices: slices (of the SLO's slice length) with data whose ratio meets timeSliceTarget. */
  goodSlices: number;
  /** Slices with total > 0. */
  dataSlices: number;
  /** Slices of the SLO's length the window spans, with data or not. */
  slices: number;
  /** RatioTimeslices: Σ good/total over slices with data (floating point; see budget.ts). */
  ratioSum: number;
}

/** Window sums for [from, to), both whole minutes. */
export interface SliSource {
  totals(from: number, to: number): Totals;
}

export interface MinuteSlice {
  at: number;
  good: number;
  total: number;
}

/** good/total ≥ target, exactly. */
export function meetsTarget(good: number, total: number, target: Rational): boolean {
  return BigInt(good) * target.d >= target.n * BigInt(total);
}

/**
 * Prefix sums over [origin, end). Slices of `sliceMinutes` are aligned to multiples of their
 * length since the epoch, and a window's slice counts cover the slices that start inside it.
 */
export function prefixSource(slices: readonly MinuteSlice[], origin: number, end: number, sliceMinutes: number, sliceTarget: Rational | undefined): SliSource {
  const n = Math.max(0, Math.ceil((end - origin) / MINUTE));
  const good = new Float64Array(n + 1);
  const total = new Float64Array(n + 1);
  for (const s of slices) {
    const i = Math.floor((s.at - origin) / MINUTE);
    if (i < 0 || i >= n) continue;
    good[i + 1]! += s.good;
    total[i + 1]! += s.total;
  }
  for (let i = 1; i <= n; i++) {
    good[i]! += good[i - 1]!;
    total[i]! += total[i - 1]!;
  }
  // Per slice of the SLO's length: cumulative good slices, data slices and ratios, indexed by slice number.
  const sliceMs = sliceMinutes * MINUTE;
  const firstSlice = Math.floor(origin / sliceMs);
  const m = Math.max(0, Math.ceil(end / sliceMs) - firstSlice);
  const goodSlices = new Float64Array(m + 1);
  const dataSlices = new Float64Array(m + 1);
  const ratioSum = new Float64Array(m + 1);
  const minuteIndex = (t: number) => Math.min(n, Math.max(0, Math.floor((t - origin) / MINUTE)));
  for (let j = 0; j < m; j++) {
    const start = (firstSlice + j) * sliceMs;
    const a = minuteIndex(start);
    const b = minuteIndex(start + sliceMs);
    const g = good[b]! - good[a]!;
    const t = total[b]! - total[a]!;
    const hasData = t > 0;
    goodSlices[j + 1] = goodSlices[j]! + (hasData && sliceTarget !== undefined && meetsTarget(g, t, sliceTarget) ? 1 : 0);
    dataSlices[j + 1] = dataSlices[j]! + (hasData ? 1 : 0);
    ratioSum[j + 1] = ratioSum[j]! + (hasData ? g / t : 0);
  }
  const sliceIndex = (t: number) => Math.min(m, Math.max(0, Math.ceil(t / sliceMs) - firstSlice));
  return {
    totals(from, to) {
      const a = minuteIndex(from);
      const b = minuteIndex(to);
      const sa = sliceIndex(from);
      const sb = sliceIndex(to);
      return {
        good: good[b]! - good[a]!,
        total: total[b]! - total[a]!,
        goodSlices: goodSlices[sb]! - goodSlices[sa]!,
        dataSlices: dataSlices[sb]! - dataSlices[sa]!,
        slices: Math.max(0, Math.ceil(to / sliceMs) - Math.ceil(from / sliceMs)),
        ratioSum: ratioSum[sb]! - ratioSum[sa]!,
      };
    },
  };
}
