/**
 * Intraclass correlations (Shrout & Fleiss 1979) for n targets each rated by the same k judges.
 *
 * ICC(1,·): each target rated by a different random set of judges (one-way model).
 * ICC(2,·): random judges, absolute agreement — a lenient judge lowers it.
 * ICC(3,·): fixed judges, consistency — a judge who is lenient on everyone does not.
 * The ·,1 forms are for one judge's rating, the ·,k forms for the mean of k judges.
 * The gap between ICC(3,1) and ICC(2,1) is the leniency signal calibration looks for.
 */
export interface IccResult {
  icc1_1: number;
  icc2_1: number;
  icc3_1: number;
  icc1_k: number;
  icc2_k: number;
  icc3_k: number;
  targets: number;
  judges: number;
}

/** `matrix[target][judge]`, complete (no missing values). null with fewer than 2 of either. */
export function intraclassCorrelations(matrix: readonly (readonly number[])[]): IccResult | null {
  const n = matrix.length;
  const k = n > 0 ? matrix[0]!.length : 0;
  if (n < 2 || k < 2) return null;
  for (const row of matrix) if (row.length !== k) throw new RangeError('every target needs a rating from every judge');
  let grand = 0;
  const rowMeans = matrix.map((row) => row.reduce((a, b) => a + b, 0) / k);
  const colMeans = new Array<number>(k).fill(0);
  for (const row of matrix) row.forEach((v, j) => { colMeans[j]! += v / n; grand += v; });
  grand /= n * k;
  let ssRows = 0;
  let ssCols = 0;
  let ssTotal = 0;
  for (const m of rowMeans) ssRows += k * (m - grand) ** 2;
  for (const m of colMeans) ssCols += n * (m - grand) ** 2;
  for (const row of matrix) for (const v of row) ssTotal += (v - grand) ** 2;
  const ssWithin = ssTotal - ssRows;
  const ssError = ssWithin - ssCols;
  const BMS = ssRows / (n - 1);
  const WMS = ssWithin / (n * (k - 1));
  const JMS = ssCols / (k - 1);
  const EMS = ssError / ((n - 1) * (k - 1));
  return {
    icc1_1: (BMS - WMS) / (BMS + (k - 1) * WMS),
    icc2_1: (BMS - EMS) / (BMS + (k - 1) * EMS + (k * (JMS - EMS)) / n),
    icc3_1: (BMS - EMS) / (BMS + (k - 1) * EMS),
    icc1_k: (BMS - WMS) / BMS,
    icc2_k: (BMS - EMS) / (BMS + (JMS - EMS) / n),
    icc3_k: (BMS - EMS) / BMS,
    targets: n,
    judges: k,
  };
}
