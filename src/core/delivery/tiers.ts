/**
 * Per-metric tier lookup against a named report year. Never a single combined score: each metric
 * gets its own level, and the report year travels with it so a reader knows which table was used.
 *
 * Lookup rule: the best level (elite → low) whose band the value falls within; a value beyond
 * every band (slower than the report's low cluster) is `low` with `beyondTable: true`. Where the
 * report's bands coincide (2024 recovery: high and medium both "< 1 day") or invert (2024 CFR:
 * medium 10% < high 20%), this picks the better level, and `alsoMatches` lists the others, so
 * the oddity of the published table stays visible instead of being smoothed over.
 */
import type { DeliveryMetrics } from './metrics.js';
import {
  DEFAULT_REPORT_YEAR,
  FREQUENCY_RANK,
  TIER_TABLES,
  type Band,
  type Level,
  type ReportYear,
  type TieredMetric,
} from './tier-tables.js';

export interface TierLevel {
  level: Level;
  report: ReportYear;
  /** The report's wording of the matched band. */
  label: string;
  beyondTable: boolean;
  /** Other levels whose band also holds the value (the table's overlaps, shown as-is). */
  alsoMatches: Level[];
}

const within = (b: Band, value: number) => (b.inclusive ? value <= b.upTo : value < b.upTo);

/** The level of one value on one metric; null when the value is null ("not enough data"). */
export function tierOf(metric: TieredMetric, value: number | null, report: ReportYear = DEFAULT_REPORT_YEAR): TierLevel | null {
  if (value === null || Number.isNaN(value)) return null;
  const bands = TIER_TABLES[report][metric];
  const matches = bands.filter((b) => within(b, value));
  const best = matches[0];
  if (best === undefined) {
    const low = bands[bands.length - 1]!;
    return { level: 'low', report, label: low.label, beyondTable: true, alsoMatches: [] };
  }
  const others = matches.slice(1).filter((b) => b.upTo <= best.upTo);
  return { level: best.level, report, label: best.label, beyondTable: false, alsoMatches: others.map((b) => b.level) };
}

export interface DeliveryTiers {
  report: ReportYear;
  deploymentFrequency: TierLevel | null;
  leadTime: TierLevel | null;
  recoveryTime: TierLevel | null;
  changeFailureRate: TierLevel | null;
}

/**
 * Levels for the four tiered metrics of a metrics object (rework rate has no tiers in the reports).
 *
 * No deployments is no evidence, not a verdict: over a long enough window the frequency category
 * of a silent service is "fewer than once per six months", which the table would call `low` —
 * but a service that was just added, or whose deployments are not imported yet, has not been
 * measured at all. So with no deployment in the window every tier is null ("not enough data"),
 * whatever the other figures say. The CLI, the API and the web all read tiers from here.
 */
export function deliveryTiers(m: DeliveryMetrics, report: ReportYear = DEFAULT_REPORT_YEAR): DeliveryTiers {
  if (m.deploymentFrequency.deployments === 0) {
    return { report, deploymentFrequency: null, leadTime: null, recoveryTime: null, changeFailureRate: null };
  }
  const category = m.deploymentFrequency.category;
  return {
    report,
    deploymentFrequency: tierOf('deploymentFrequency', category === null ? null : FREQUENCY_RANK[category], report),
    leadTime: tierOf('leadTime', m.leadTime.medianHours, report),
    recoveryTime: tierOf('recoveryTime', m.recoveryTime.medianHours, report),
    changeFailureRate: tierOf('changeFailureRate', m.changeFailureRate.rate, report),
  };
}
