/**
 * The DORA report tier tables, held as DATA (spec/delivery.md, "Tiers"), each with its report
 * year, so a figure is always shown against a named table and a new year is a new entry, not new
 * code. Thresholds are copied from the reports, not "tidied": DevLake's thresholds drifted from
 * the reports, and that is the fault this avoids.
 *
 * Every band is an upper bound on a "worse is larger" scale; `label` is the report's wording.
 * Durations in hours (1 month = 30 days, 6 months = 180 days); CFR as a fraction; frequency as
 * the rank of its category (0 = on-demand … 4 = fewer than once per six months).
 */
import type { FrequencyCategory } from './frequency.js';

export type Level = 'elite' | 'high' | 'medium' | 'low';
export type ReportYear = 2023 | 2024;
export type TieredMetric = 'deploymentFrequency' | 'leadTime' | 'recoveryTime' | 'changeFailureRate';

export interface Band {
  level: Level;
  /** The value must be below this (or at most this when `inclusive`). */
  upTo: number;
  inclusive: boolean;
  label: string;
}

export type TierTable = Readonly<Record<TieredMetric, readonly Band[]>>;

export const FREQUENCY_RANK: Readonly<Record<FrequencyCategory, number>> = {
  'on-demand': 0,
  'daily-to-weekly': 1,
  'weekly-to-monthly': 2,
  'monthly-to-6-monthly': 3,
  'fewer-than-6-monthly': 4,
};

const H = 1;
const D = 24 * H;
const W = 7 * D;
const MO = 30 * D;

const band = (level: Level, upTo: number, inclusive: boolean, label: string): Band => ({ level, upTo, inclusive, label });
const freq = (level: Level, c: FrequencyCategory, label: string): Band => band(level, FREQUENCY_RANK[c], true, label);

export const TIER_TABLES: Readonly<Record<ReportYear, TierTable>> = {
  2023: {
    deploymentFrequency: [
      freq('elite', 'on-demand', 'on demand (multiple deploys per day)'),
      freq('high', 'daily-to-weekly', 'between once per day and once per week'),
      freq('medium', 'weekly-to-monthly', 'between once per week and once per month'),
      freq('low', 'weekly-to-monthly', 'between once per week and once per month'),
    ],
    leadTime: [
      band('elite', D, false, 'less than one day'),
      band('high', W, true, 'between one day and one week'),
      band('medium', MO, true, 'between one week and one month'),
      band('low', MO, true, 'between one week and one month'),
    ],
    recoveryTime: [
      band('elite', H, false, 'less than one hour'),
      band('high', D, false, 'less than one day'),
      band('medium', W, true, 'between one day and one week'),
      band('low', 6 * MO, true, 'between one month and six months'),
    ],
    changeFailureRate: [
      band('elite', 0.05, true, '5%'),
      band('high', 0.1, true, '10%'),
      band('medium', 0.15, true, '15%'),
      band('low', 0.64, true, '64%'),
    ],
  },
  2024: {
    deploymentFrequency: [
      freq('elite', 'on-demand', 'on demand (multiple deploys per day)'),
      freq('high', 'daily-to-weekly', 'between once per day and once per week'),
      freq('medium', 'weekly-to-monthly', 'between once per week and once per month'),
      freq('low', 'monthly-to-6-monthly', 'between once per month and once every six months'),
    ],
    leadTime: [
      band('elite', D, false, 'less than one day'),
      band('high', W, true, 'between one day and one week'),
      band('medium', MO, true, 'between one week and one month'),
      band('low', 6 * MO, true, 'between one month and six months'),
    ],
    recoveryTime: [
      band('elite', H, false, 'less than one hour'),
      band('high', D, false, 'less than one day'),
      band('medium', D, false, 'less than one day'),
      band('low', MO, true, 'between one week and one month'),
    ],
    // The 2024 report's own table: medium's 10% is below high's 20%. Shown as published, not "fixed".
    changeFailureRate: [
      band('elite', 0.05, true, '5%'),
      band('high', 0.2, true, '20%'),
      band('medium', 0.1, true, '10%'),
      band('low', 0.4, true, '40%'),
    ],
  },
};

export const DEFAULT_REPORT_YEAR: ReportYear = 2024;
