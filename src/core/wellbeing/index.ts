/**
 * Sustainable-work signals (spec/reliability.md): a person's own on-call load and their team's
 * distribution of it. Visible to the person and their manager line only (access policy,
 * `person-wellbeing`), and never an input to any rating, review, packet or calibration — nothing
 * under src/core/packet, src/core/review or the review use cases may import this module
 * (test/no-wellbeing-in-ratings.test.ts walks the import graph and the API schemas).
 */
export { classifyPage, localRules, parseWorkingHours, localClock, DEFAULT_WORKING_HOURS, type LocalRules, type PageTimeClass, type WorkingHours } from './local-time.js';
export { gini } from './gini.js';
export { trend, DEFAULT_TREND_RULE, type Trend, type TrendRule, type TrendVerdict } from './trend.js';
export { compareRates, binomialUpperTail, binomialLowerTail } from './rate-test.js';
export { DEFAULT_THRESHOLDS, wellbeingThresholds, type WellbeingThresholds } from './thresholds.js';
export { classifyAll, causesOf, personLoad, type Cause, type ClassifiedPage, type Flag, type FlagKey, type PersonLoad } from './load.js';
export { teamOncall, historyFrom, TREND_WEEKS, BASELINE_WEEKS, type TeamMember, type TeamOncall, type TeamOncallInput } from './team.js';
