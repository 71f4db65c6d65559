/**
 * Window sums from stored prefix sums (spec/reliability.md, "Scale"): the whole hours of a window
 * [from, to) are cum(before hTo) − cum(before hFrom), two lookups in the hourly rollups' running
 * sums, and its partial hours at either edge are summed by the store from the raw minutes (at
 * most an hour each). `planWindows` says which lookups and minute sums a set of windows needs;
 * `plannedSource` answers exactly those windows and throws a RangeError for any other, so a
 * caller that needs more (an alert's start, walked back minute by minute) reads raw slices.
 */
import { HOUR, MINUTE } from './duration.js';
import type { SliSource, Totals } from './totals.js';

export interface Sums {
  good: number;
  total: number;
  dataSlices: number;
  goodSlices: number;
}

export const zeroSums: Sums = { good: 0, total: 0, dataSlices: 0, goodSlices: 0 };

export interface WindowPlan {
  /** Hours X whose "Σ over the hours before X" is needed. */
  hourBounds: number[];
  /** Minute ranges [a, b) summed raw, each inside one hour or shorter than one. */
  minuteRanges: [number, number][];
}

const floorHour = (t: number) => Math.floor(t / HOUR) * HOUR;
const ceilHour = (t: number) => Math.ceil(t / HOUR) * HOUR;
export const rangeKey = (a: number, b: number) => `${a}|${b}`;

function pieces(from: number, to: number): { hours: [number, number] | null; minutes: [number, number][] } {
  const hFrom = ceilHour(from), hTo = floorHour(to);
  if (hFrom >= hTo) return { hours: null, minutes: from < to ? [[from, to]] : [] };
  const minutes: [number, number][] = [];
  if (from < hFrom) minutes.push([from, hFrom]);
  if (hTo < to) minutes.push([hTo, to]);
  return { hours: [hFrom, hTo], minutes };
}

export function planWindows(windows: readonly [number, number][]): WindowPlan {
  const bounds = new Set<number>();
  const ranges = new Map<string, [number, number]>();
  for (const [from, to] of windows) {
    const p = pieces(from, to);
    if (p.hours) {
      bounds.add(p.hours[0]);
      bounds.add(p.hours[1]);
    }
    for (const r of p.minutes) ranges.set(rangeKey(r[0], r[1]), r);
  }
  return { hourBounds: [...bounds].sort((a, b) => a - b), minuteRanges: [...ranges.values()] };
}

/** Sums of the planned pieces, as the store read them: cumulative before each hour bound, and each minute range. */
export interface PlannedSums {
  cumBefore: ReadonlyMap<number, Sums>;
  minutes: ReadonlyMap<string, Sums>;
}

export function plannedSource(sums: PlannedSums): SliSource {
  const minute = (a: number, b: number): Sums => {
    const s = sums.minutes.get(rangeKey(a, b));
    if (!s) throw new RangeError(`prefix windows: minutes ${new Date(a).toISOString()}..${new Date(b).toISOString()} were not read`);
    return s;
  };
  const cum = (h: number): Sums => {
    const s = sums.cumBefore.get(h);
    if (!s) throw new RangeError(`prefix windows: the sum before ${new Date(h).toISOString()} was not read`);
    return s;
  };
  return {
    totals(from: number, to: number): Totals {
      const p = pieces(from, to);
      const acc = { ...zeroSums };
      const add = (s: Sums, sign: 1 | -1) => {
        acc.good += sign * s.good;
        acc.total += sign * s.total;
        acc.dataSlices += sign * s.dataSlices;
        acc.goodSlices += sign * s.goodSlices;
      };
      if (p.hours) {
        add(cum(p.hours[1]), 1);
        add(cum(p.hours[0]), -1);
      }
      for (const [a, b] of p.minutes) add(minute(a, b), 1);
      // RatioTimeslices never reads prefix sums (a mean of ratios has no exact rollup).
      return { ...acc, slices: Math.max(0, Math.ceil(to / MINUTE) - Math.ceil(from / MINUTE)), ratioSum: 0 };
    },
  };
}

/** Answers from `first`, and from `second` whatever `first` was not planned for (RangeError). */
export function fallbackSource(first: SliSource, second: SliSource): SliSource {
  return {
    totals(from, to) {
      try {
        return first.totals(from, to);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
        return second.totals(from, to);
      }
    },
  };
}

/** A source that only knows [origin, end): asking outside it is a RangeError, not a zero. */
export function boundedSource(inner: SliSource, origin: number, end: number): SliSource {
  return {
    totals(from, to) {
      if (from < to && (from < origin || to > end)) throw new RangeError(`raw slices ${new Date(origin).toISOString()}..${new Date(end).toISOString()} do not cover ${new Date(from).toISOString()}..${new Date(to).toISOString()}`);
      return inner.totals(from, to);
    },
  };
}
