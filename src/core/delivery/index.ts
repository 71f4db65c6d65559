/** Delivery metrics (DORA, 2024 set) per service and environment, rolled up per team and org. */
export type * from './types.js';
export { DAY, HOUR, DEFAULT_ENVIRONMENT, DEFAULT_REVERT_WINDOW_MS } from './types.js';
export { deliveryMetrics, serviceMetrics, type DeliveryMetrics, type MetricsOptions } from './metrics.js';
export { rollupMetrics, mergeInputs } from './rollup.js';
export { compareAround, type Comparison, type CompareOptions, type ComparedMetric, type MetricComparison, type Verdict } from './compare.js';
export { deliveryTiers, tierOf, type DeliveryTiers, type TierLevel } from './tiers.js';
export { TIER_TABLES, DEFAULT_REPORT_YEAR, type Level, type ReportYear, type TieredMetric, type Band } from './tier-tables.js';
export { attributeEnvironment, type EnvironmentAttribution, type ShippedDeployment, type DeploymentKind } from './attribution.js';
export { indexInput } from './indexed.js';
export type { FailureCause, ReworkReason, RecoverySource } from './outcomes.js';
export type { DeploymentFrequency, FrequencyCategory } from './frequency.js';
export type { LeadTime, LeadTimeEvent } from './lead-time.js';
export type { ChangeFailureRate, ReworkRate } from './failure-rate.js';
export type { RecoveryTime, TimeToRestore } from './recovery.js';
export { median, quantile } from './stats.js';
export { weeklyTrend, type WeekPoint } from './trend.js';
export { dependencyFriction, type DependencyFriction, type FrictionPullRequest, type FrictionEvent, type TeamAt, type TeamPair, type Wait, type WaitSplit } from './friction.js';
export { ownPast, OWN_PAST_MIN, type OwnPast, type OwnPastMetric, type OwnPastVerdict, type PeriodFigures } from './own-past.js';
