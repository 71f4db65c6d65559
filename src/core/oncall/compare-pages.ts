/**
 * Pages per on-call shift before and after a moment t — the figure alert tuning is judged by
 * ("pages per Platform shift fell from 3.1 to 1.0 after the tuning, n = 17 and 16 shifts").
 *
 * The same method as delivery's before/after (core/delivery/compare.ts): windows [t − W, t) and
 * [t, t + W), the resampling unit is one shift (its page count: pages to the shift's person while
 * it ran), a seeded percentile bootstrap 95 % interval of the difference in means, and a verdict
 * only when the interval excludes zero.
 */
import { bootstrapDifferenceCi, mean, meanOfValues } from '../delivery/bootstrap.js';
import { Rng } from '../demo/random.js';
import type { OncallPage, OncallShift } from './types.js';

export type PagesVerdict = 'fewer' | 'more' | 'no clear change';

export interface PagesPerShiftComparison {
  t: number;
  windowMs: number;
  before: number | null;
  after: number | null;
  difference: number | null;
  /** Shifts (the n) and pages on each side. */
  shiftsBefore: number;
  shiftsAfter: number;
  pagesBefore: number;
  pagesAfter: number;
  ci: [number, number] | null;
  verdict: PagesVerdict;
}

/** Page count of each shift that started in [from, to), in start order. */
function perShift(shifts: readonly OncallShift[], pages: readonly OncallPage[], from: number, to: number): number[] {
  const byPerson = new Map<string, number[]>();
  for (const p of pages) if (p.person !== null) (byPerson.get(p.person) ?? byPerson.set(p.person, []).get(p.person)!).push(p.at);
  return shifts
    .filter((s) => s.start >= from && s.start < to)
    .sort((a, b) => a.start - b.start)
    .map((s) => (byPerson.get(s.person) ?? []).filter((at) => at >= s.start && at < s.end).length);
}

export function comparePagesPerShift(
  shifts: readonly OncallShift[],
  pages: readonly OncallPage[],
  t: number,
  opts: { windowMs?: number; seed?: number; resamples?: number } = {},
): PagesPerShiftComparison {
  const windowMs = opts.windowMs ?? 90 * 86_400_000;
  const before = perShift(shifts, pages, t - windowMs, t);
  const after = perShift(shifts, pages, t, t + windowMs);
  const b = mean(before);
  const a = mean(after);
  const ci = bootstrapDifferenceCi(before, after, meanOfValues, new Rng(opts.seed ?? 1), opts.resamples ?? 1000);
  const verdict: PagesVerdict = ci === null ? 'no clear change' : ci[1] < 0 ? 'fewer' : ci[0] > 0 ? 'more' : 'no clear change';
  const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
  return {
    t,
    windowMs,
    before: b,
    after: a,
    difference: a === null || b === null ? null : a - b,
    shiftsBefore: before.length,
    shiftsAfter: after.length,
    pagesBefore: sum(before),
    pagesAfter: sum(after),
    ci,
    verdict,
  };
}
