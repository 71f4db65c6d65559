/**
 * Burn rate over a window w ending at the evaluation instant: the window's error ratio ÷ B.
 * 1 spends the budget exactly over the SLO period; 14.4 spends 2 % of a 30-day budget in an hour.
 */
import { errorBudget } from './budget.js';
import { DAY, HOUR, MINUTE } from './duration.js';
import { errorRatio } from './error-ratio.js';
import { div, toNumber, type Rational } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';

/** The windows Trellis reports, in OpenSLO shorthand. */
export const BURN_WINDOWS = { '5m': 5 * MINUTE, '30m': 30 * MINUTE, '1h': HOUR, '2h': 2 * HOUR, '6h': 6 * HOUR, '1d': DAY, '3d': 3 * DAY } as const;
export type BurnWindow = keyof typeof BURN_WINDOWS;

export function burnRateExact(slo: SloDefinition, source: SliSource, at: number, windowMs: number): Rational | null {
  const ratio = errorRatio(slo, source.totals(at - windowMs, at));
  return ratio === null ? null : div(ratio, errorBudget(slo));
}

export function burnRates(slo: SloDefinition, source: SliSource, at: number): Record<BurnWindow, number | null> {
  const out = {} as Record<BurnWindow, number | null>;
  for (const [name, ms] of Object.entries(BURN_WINDOWS) as [BurnWindow, number][]) {
    const r = burnRateExact(slo, source, at, ms);
    out[name] = r === null ? null : toNumber(r);
  }
  return out;
}
