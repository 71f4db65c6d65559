/**
 * Is a recent count of events higher (or lower) than a baseline would lead one to expect?
 *
 * The conditional test for two Poisson rates: given x₁ events over exposure t₁ and x₀ over t₀,
 * under "same rate" x₁ is Binomial(x₁ + x₀, t₁ / (t₁ + t₀)). The one-sided p-values are exact
 * binomial tails, so small counts are handled honestly — no normal approximation that would flag
 * two pages as a surge.
 */

/** ln C(n, k) as a sum of logs: exact enough for counts of pages (n up to millions). */
function logChoose(n: number, k: number): number {
  const kk = Math.min(k, n - k);
  let s = 0;
  for (let i = 1; i <= kk; i++) s += Math.log(n - kk + i) - Math.log(i);
  return s;
}

/** P(X ≥ k) for X ~ Binomial(n, p). */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // Sum pmf from k upward, starting from the log pmf at k and stepping by the ratio.
  let pmf = Math.exp(logChoose(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
  let sum = pmf;
  for (let i = k; i < n; i++) {
    pmf *= ((n - i) / (i + 1)) * (p / (1 - p));
    sum += pmf;
    if (pmf < sum * 1e-17) break;
  }
  return Math.min(1, sum);
}

/** P(X ≤ k) for X ~ Binomial(n, p). */
export function binomialLowerTail(k: number, n: number, p: number): number {
  return binomialUpperTail(n - k, n, 1 - p);
}

export interface RateComparison {
  /** Events per exposure unit in each period; `baseline` is null when its exposure is 0. */
  recentRate: number;
  baselineRate: number | null;
  /** recent ÷ baseline rate; null when the baseline had no events. */
  ratio: number | null;
  /** One-sided exact p-values. */
  pHigher: number;
  pLower: number;
}

export function compareRates(recent: { events: number; exposure: number }, baseline: { events: number; exposure: number }): RateComparison {
  const n = recent.events + baseline.events;
  const share = recent.exposure / (recent.exposure + baseline.exposure);
  const recentRate = recent.exposure === 0 ? 0 : recent.events / recent.exposure;
  const baselineRate = baseline.exposure === 0 ? null : baseline.events / baseline.exposure;
  return {
    recentRate,
    baselineRate,
    ratio: baselineRate === null || baselineRate === 0 ? null : recentRate / baselineRate,
    pHigher: binomialUpperTail(recent.events, n, share),
    pLower: binomialLowerTail(recent.events, n, share),
  };
}
