/**
 * Two more rater patterns calibration discusses, as prompts with n, never as corrections:
 *
 * - **Central tendency**: a rater who puts nearly everyone in the middle. Measured as the spread
 *   (standard deviation) of the rater's values divided by the spread of the other raters' values
 *   on the same units; a ratio below 0.5 over at least `minShared` units is raised.
 * - **Halo**: a rater whose ratings of one person move together across signals more than their
 *   peers' do (one impression colouring every signal). Measured as the mean Pearson correlation
 *   between each pair of signals over the people the rater rated; raised when it exceeds the
 *   other raters' mean by more than 0.3 with at least `minShared` people.
 */
import type { Rating } from './ratings.js';

function sd(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  return Math.sqrt(values.reduce((a, b) => a + (b - m) ** 2, 0) / (values.length - 1));
}

export interface CentralTendency {
  rater: string;
  n: number;
  spreadRatio: number | null;
  flagged: boolean;
}

export function centralTendency(ratings: readonly Rating[], minShared = 5): CentralTendency[] {
  const byUnit = new Map<string, Rating[]>();
  for (const r of ratings) {
    const list = byUnit.get(r.unit);
    if (list) list.push(r);
    else byUnit.set(r.unit, [r]);
  }
  const own = new Map<string, number[]>();
  const others = new Map<string, number[]>();
  for (const r of ratings) if (!own.has(r.rater)) (own.set(r.rater, []), others.set(r.rater, []));
  // One pass over the units: each rating adds to its rater's values, the rest to "the others".
  for (const list of byUnit.values()) {
    if (list.length < 2) continue;
    for (const mine of list) {
      own.get(mine.rater)!.push(mine.value);
      const theirs = others.get(mine.rater)!;
      for (const r of list) if (r !== mine) theirs.push(r.value);
    }
  }
  return [...own.keys()].sort().map((rater) => {
    const a = sd(own.get(rater)!);
    const b = sd(others.get(rater)!);
    const n = own.get(rater)!.length;
    const spreadRatio = a === null || b === null || b === 0 ? null : a / b;
    return { rater, n, spreadRatio, flagged: n >= minShared && spreadRatio !== null && spreadRatio < 0.5 };
  });
}

export interface SignalRating {
  rater: string;
  subject: string;
  signal: string;
  value: number;
}

function pearson(x: readonly number[], y: readonly number[]): number | null {
  const n = x.length;
  if (n < 3) return null;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

export interface Halo {
  rater: string;
  /** People this rater rated on at least two signals. */
  n: number;
  meanSignalCorrelation: number | null;
  peersMeanCorrelation: number | null;
  flagged: boolean;
}

export function halo(ratings: readonly SignalRating[], minShared = 5): Halo[] {
  const byRater = new Map<string, Map<string, Map<string, number>>>();
  for (const r of ratings) {
    const subjects = byRater.get(r.rater) ?? new Map<string, Map<string, number>>();
    const signals = subjects.get(r.subject) ?? new Map<string, number>();
    signals.set(r.signal, r.value);
    subjects.set(r.subject, signals);
    byRater.set(r.rater, subjects);
  }
  const signalNames = [...new Set(ratings.map((r) => r.signal))].sort();
  const meanCorrelation = (subjects: Map<string, Map<string, number>>): number | null => {
    const rs: number[] = [];
    for (let i = 0; i < signalNames.length; i++) {
      for (let j = i + 1; j < signalNames.length; j++) {
        const x: number[] = [];
        const y: number[] = [];
        for (const s of subjects.values()) {
          const a = s.get(signalNames[i]!);
          const b = s.get(signalNames[j]!);
          if (a !== undefined && b !== undefined) {
            x.push(a);
            y.push(b);
          }
        }
        const r = pearson(x, y);
        if (r !== null) rs.push(r);
      }
    }
    return rs.length === 0 ? null : rs.reduce((a, b) => a + b, 0) / rs.length;
  };
  const own = new Map([...byRater].map(([rater, subjects]) => [rater, meanCorrelation(subjects)]));
  return [...byRater.keys()].sort().map((rater) => {
    const subjects = byRater.get(rater)!;
    const n = [...subjects.values()].filter((s) => s.size >= 2).length;
    const peers = [...own].filter(([k, v]) => k !== rater && v !== null).map(([, v]) => v!);
    const peersMean = peers.length === 0 ? null : peers.reduce((a, b) => a + b, 0) / peers.length;
    const mine = own.get(rater) ?? null;
    const flagged = n >= minShared && mine !== null && peersMean !== null && mine - peersMean > 0.3;
    return { rater, n, meanSignalCorrelation: mine, peersMeanCorrelation: peersMean, flagged };
  });
}
