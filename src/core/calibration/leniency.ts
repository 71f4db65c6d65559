/**
 * Rater leniency and severity: does one rater sit consistently above or below the others on the
 * units they rated together?
 *
 * For rater m: d_m = mean over the units m shares with at least one other rater of (m's value −
 * the mean of the other raters' values on that unit); z = d_m / (s_d / √n_m), s_d the sample
 * standard deviation of those differences. It is flagged only when |z| > 2 **and** n_m ≥ 5
 * shared units: with fewer, one unusual packet decides the sign. When every difference is the
 * same (s_d = 0) z is undefined; a non-zero constant offset over enough units is flagged.
 *
 * These are prompts for the calibration conversation, never automatic corrections.
 */
import type { Rating } from './ratings.js';

export interface LeniencyOptions {
  /** Shared units a rater needs before a flag is raised (default 5). */
  minShared?: number;
  /** |z| above which a flag is raised (default 2). */
  zThreshold?: number;
}

export interface RaterLeniency {
  rater: string;
  /** Units this rater shares with at least one other rater. */
  n: number;
  /** Mean difference to the other raters on shared units; null with no shared unit. */
  meanDifference: number | null;
  z: number | null;
  direction: 'lenient' | 'severe' | 'in line';
  flagged: boolean;
  /** Why there is no flag, when the data cannot support one. */
  note?: string;
}

export function raterLeniency(ratings: readonly Rating[], options: LeniencyOptions = {}): RaterLeniency[] {
  const minShared = options.minShared ?? 5;
  const zThreshold = options.zThreshold ?? 2;
  const byUnit = new Map<string, Rating[]>();
  for (const r of ratings) {
    const list = byUnit.get(r.unit);
    if (list) list.push(r);
    else byUnit.set(r.unit, [r]);
  }
  const diffs = new Map<string, number[]>();
  for (const r of ratings) if (!diffs.has(r.rater)) diffs.set(r.rater, []);
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    const total = list.reduce((a, r) => a + r.value, 0);
    for (const r of list) diffs.get(r.rater)!.push(r.value - (total - r.value) / (list.length - 1));
  }
  const out: RaterLeniency[] = [];
  for (const [rater, d] of diffs) {
    const n = d.length;
    if (n === 0) {
      out.push({ rater, n, meanDifference: null, z: null, direction: 'in line', flagged: false, note: 'no unit shared with another rater' });
      continue;
    }
    const mean = d.reduce((a, b) => a + b, 0) / n;
    const sd = n > 1 ? Math.sqrt(d.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
    const z = n > 1 && sd > 0 ? mean / (sd / Math.sqrt(n)) : mean === 0 && n > 1 ? 0 : null;
    const enough = n >= minShared;
    const beyond = z === null ? mean !== 0 && n > 1 : Math.abs(z) > zThreshold;
    const flagged = enough && beyond;
    const direction = !flagged ? 'in line' : mean > 0 ? 'lenient' : 'severe';
    const entry: RaterLeniency = { rater, n, meanDifference: mean, z, direction, flagged };
    if (!enough) entry.note = `fewer than ${minShared} shared units: no flag either way`;
    out.push(entry);
  }
  return out.sort((a, b) => (a.rater < b.rater ? -1 : a.rater > b.rater ? 1 : 0));
}
