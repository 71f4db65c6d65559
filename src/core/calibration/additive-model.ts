/**
 * The two-way additive model: value = grand mean + unit effect + rater effect, fitted by least
 * squares on incomplete data (not every rater rates every unit), by alternating updates until
 * the effects stop moving. Rater effects sum to zero, so each reads as "this rater's offset from
 * a typical rater, having allowed for which units they happened to rate" — fairer than a plain
 * mean difference when one manager rated only strong packets.
 */
import type { Rating } from './ratings.js';

export interface AdditiveModel {
  grandMean: number;
  raterEffects: Record<string, number>;
  iterations: number;
}

function indexOf(keys: readonly string[]): { ids: Uint32Array; names: string[] } {
  const map = new Map<string, number>();
  const ids = new Uint32Array(keys.length);
  keys.forEach((k, i) => {
    let id = map.get(k);
    if (id === undefined) map.set(k, (id = map.size));
    ids[i] = id;
  });
  return { ids, names: [...map.keys()] };
}

export function fitAdditiveModel(ratings: readonly Rating[], maxIterations = 500, tolerance = 1e-9): AdditiveModel | null {
  const N = ratings.length;
  if (N === 0) return null;
  const value = Float64Array.from(ratings, (r) => r.value);
  const grandMean = value.reduce((a, b) => a + b, 0) / N;
  const units = indexOf(ratings.map((r) => r.unit));
  const raters = indexOf(ratings.map((r) => r.rater));
  const unitEffect = new Float64Array(units.names.length);
  const raterEffect = new Float64Array(raters.names.length);
  const unitCount = new Float64Array(units.names.length);
  const raterCount = new Float64Array(raters.names.length);
  for (let i = 0; i < N; i++) {
    unitCount[units.ids[i]!]! += 1;
    raterCount[raters.ids[i]!]! += 1;
  }
  // Each half-step sets one set of effects to the mean residual given the other set.
  const update = (target: Float64Array, ids: Uint32Array, counts: Float64Array, other: Float64Array, otherIds: Uint32Array): number => {
    const sums = new Float64Array(target.length);
    for (let i = 0; i < N; i++) sums[ids[i]!]! += value[i]! - grandMean - other[otherIds[i]!]!;
    let moved = 0;
    for (let k = 0; k < target.length; k++) {
      const next = sums[k]! / counts[k]!;
      moved = Math.max(moved, Math.abs(next - target[k]!));
      target[k] = next;
    }
    return moved;
  };
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const a = update(unitEffect, units.ids, unitCount, raterEffect, raters.ids);
    const b = update(raterEffect, raters.ids, raterCount, unitEffect, units.ids);
    if (Math.max(a, b) < tolerance) break;
  }
  // Centre the rater effects (the model is identified only up to a shift between the two sets).
  const mean = raterEffect.reduce((x, y) => x + y, 0) / raterEffect.length;
  const raterEffects: Record<string, number> = {};
  for (const k of raters.names.map((name, i) => [name, i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) raterEffects[k[0]] = raterEffect[k[1]]! - mean;
  return { grandMean, raterEffects, iterations };
}
