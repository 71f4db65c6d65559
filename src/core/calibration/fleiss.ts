/**
 * Fleiss' kappa (Fleiss 1971): agreement on nominal categories when every unit has the same
 * number of raters. Input is one row per unit of category counts. Kept beside alpha because
 * people bring kappa figures from other tools; alpha is what Trellis reads for ratings.
 */
export interface FleissResult {
  kappa: number | null;
  units: number;
  raters: number;
}

export function fleissKappa(counts: readonly (readonly number[])[]): FleissResult {
  const N = counts.length;
  if (N === 0) return { kappa: null, units: 0, raters: 0 };
  const n = counts[0]!.reduce((a, b) => a + b, 0);
  const k = counts[0]!.length;
  for (const row of counts) {
    if (row.length !== k) throw new RangeError('every unit needs a count for each category');
    if (row.reduce((a, b) => a + b, 0) !== n) throw new RangeError('Fleiss\' kappa needs the same number of raters on every unit');
  }
  if (n < 2) return { kappa: null, units: N, raters: n };
  const p = new Array<number>(k).fill(0);
  let pBar = 0;
  for (const row of counts) {
    let agree = 0;
    for (let j = 0; j < k; j++) {
      p[j]! += row[j]!;
      agree += row[j]! * (row[j]! - 1);
    }
    pBar += agree / (n * (n - 1));
  }
  pBar /= N;
  let pe = 0;
  for (let j = 0; j < k; j++) pe += (p[j]! / (N * n)) ** 2;
  if (pe === 1) return { kappa: null, units: N, raters: n };
  return { kappa: (pBar - pe) / (1 - pe), units: N, raters: n };
}
