/**
 * The thresholds behind each sustainable-work flag. They are organisation settings (key
 * `wellbeing-thresholds`), shown next to every flag so a reader knows what "flagged" meant, and
 * chosen as conversation starters, not limits: crossing one is a reason to talk about the rota.
 */
import { z } from 'zod';
import { DEFAULT_TREND_RULE } from './trend.js';

export const wellbeingThresholds = z.strictObject({
  /** Off-hours pages per week, averaged over the window. */
  offHoursPerWeek: z.number().min(0).max(1000),
  /** Sleep-hour (22:00–07:00 local) pages per week. */
  sleepHoursPerWeek: z.number().min(0).max(1000),
  /** Weekend pages per week. */
  weekendPerWeek: z.number().min(0).max(1000),
  /** On-call hours per week (168 is on call all the time; 56 is one week in three). */
  onCallHoursPerWeek: z.number().min(0).max(168),
  /** Share of the team's pages carried by one person (0..1). */
  loadShare: z.number().min(0).max(1),
  /** Team load Gini (0..1). */
  loadGini: z.number().min(0).max(1),
  /** A count flag needs at least this many pages of its kind: one bad night is not a pattern. */
  minPages: z.number().int().min(1).max(1000),
  /** The trend rule (trend.ts): one-sided significance level and minimum events. */
  trendAlpha: z.number().gt(0).max(0.2),
  trendMinEvents: z.number().int().min(1).max(10_000),
});

export type WellbeingThresholds = z.infer<typeof wellbeingThresholds>;

export const DEFAULT_THRESHOLDS: WellbeingThresholds = Object.freeze({
  offHoursPerWeek: 2,
  sleepHoursPerWeek: 1,
  weekendPerWeek: 1,
  onCallHoursPerWeek: 56,
  loadShare: 0.35,
  loadGini: 0.4,
  minPages: 3,
  trendAlpha: DEFAULT_TREND_RULE.alpha,
  trendMinEvents: DEFAULT_TREND_RULE.minEvents,
});
