/**
 * The agreement report a calibration workshop (and `trellis calibration agreement`) shows:
 * alpha for all four levels of measurement, its bootstrap interval for the ordinal reading
 * (ratings are ordered), n, and each rater's leniency, central tendency and additive-model offset.
 */
import type { Rng } from '../demo/random.js';
import { bootstrapAlpha, type AlphaInterval } from './alpha-bootstrap.js';
import { fitAdditiveModel } from './additive-model.js';
import { alphaFromCoincidences, alphaMetrics, alphaReading, coincidences, pairableData, type AlphaMetric } from './krippendorff.js';
import { raterLeniency, type LeniencyOptions, type RaterLeniency } from './leniency.js';
import { centralTendency } from './rater-patterns.js';
import { distinctRaters, type Rating } from './ratings.js';

export interface AgreementReport {
  alpha: Record<AlphaMetric, number | null>;
  /** Pairable values (units with one value drop out). */
  n: number;
  units: number;
  pairableUnits: number;
  raters: number;
  /** Bootstrap interval of the ordinal alpha, resampling units. */
  interval: AlphaInterval | null;
  reading: ReturnType<typeof alphaReading>;
  leniency: (RaterLeniency & { additiveEffect: number | null; spreadRatio: number | null; centralTendency: boolean })[];
}

export function agreementReport(
  ratings: readonly Rating[],
  rng: Rng,
  options: LeniencyOptions & { resamples?: number } = {},
): AgreementReport {
  const data = pairableData(ratings);
  const o = coincidences(data);
  const alpha = {} as Record<AlphaMetric, number | null>;
  let n = 0;
  for (const metric of alphaMetrics) {
    const r = alphaFromCoincidences(metric, data.values, o);
    alpha[metric] = r.alpha;
    n = r.n;
  }
  const model = fitAdditiveModel(ratings);
  const spread = new Map(centralTendency(ratings, options.minShared).map((c) => [c.rater, c]));
  return {
    alpha,
    n,
    units: new Set(ratings.map((r) => r.unit)).size,
    pairableUnits: data.unitPattern.length,
    raters: distinctRaters(ratings).length,
    interval: bootstrapAlpha(data, 'ordinal', rng, options.resamples ?? 1000),
    reading: alphaReading(alpha.ordinal),
    leniency: raterLeniency(ratings, options).map((l) => ({
      ...l,
      additiveEffect: model?.raterEffects[l.rater] ?? null,
      spreadRatio: spread.get(l.rater)?.spreadRatio ?? null,
      centralTendency: spread.get(l.rater)?.flagged ?? false,
    })),
  };
}

/**
 * Alpha per signal (each signal's ratings on their own), for "where do we disagree most". A
 * signal needs at least two units rated by two or more raters: with one, alpha only measures
 * how that unit's ratings differ from each other (it is 0 or undefined whatever happened).
 */
export function agreementBySignal(ratings: readonly (Rating & { signal: string })[], metric: AlphaMetric = 'ordinal'): { signal: string; alpha: number | null; n: number; units: number }[] {
  const bySignal = new Map<string, Rating[]>();
  for (const r of ratings) bySignal.set(r.signal, [...(bySignal.get(r.signal) ?? []), r]);
  return [...bySignal.keys()].sort().map((signal) => {
    const data = pairableData(bySignal.get(signal)!);
    const units = data.unitPattern.length;
    const r = alphaFromCoincidences(metric, data.values, coincidences(data));
    return { signal, alpha: units < 2 ? null : r.alpha, n: r.n, units };
  });
}
