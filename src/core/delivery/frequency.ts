/**
 * Deployment frequency (spec/delivery.md, metric 1). The category is computed from calendar
 * buckets that lie wholly in the window — never extrapolated from a partial bucket, as
 * Middleware does — and a window too short to hold one bucket gives null, not 0.
 */
import { dayLabel, isoWeekday, localDay, monthIndex, monthStart, wholeDays } from './calendar.js';
import { median } from './stats.js';
import { DAY } from './types.js';

export type FrequencyCategory =
  | 'on-demand'
  | 'daily-to-weekly'
  | 'weekly-to-monthly'
  | 'monthly-to-6-monthly'
  | 'fewer-than-6-monthly';

export interface DeploymentFrequency {
  deployments: number;
  perDay: number | null;
  perWeek: number | null;
  /** Median over whole ISO weeks of distinct local days with a deployment; null without a whole week. */
  deployDaysPerWeek: number | null;
  category: FrequencyCategory | null;
  events: {
    deployments: string[];
    /** Each whole ISO week (its Monday) with its deploy-days, so the median can be checked. */
    weeks: { week: string; deployDays: number }[];
  };
}

export interface Deployed {
  id: string;
  finishedAt: number;
}

export function deploymentFrequency(deployed: readonly Deployed[], from: number, to: number, timeZone: string): DeploymentFrequency {
  const f = frequencyOfTimes(deployed.map((d) => d.finishedAt), from, to, timeZone);
  return { ...f, events: { deployments: deployed.map((d) => d.id), weeks: f.events.weeks } };
}

/**
 * The same figures from the deployments' finish times alone (the summary report, which reads no
 * ids): `events.deployments` is left empty, the weeks behind the median are kept.
 */
export function frequencyOfTimes(finishedAt: ArrayLike<number>, from: number, to: number, timeZone: string): DeploymentFrequency {
  const days = (to - from) / DAY;
  const n = finishedAt.length;
  const deployDays = new Set<number>();
  for (let i = 0; i < n; i++) deployDays.add(localDay(finishedAt[i]!, timeZone));
  const span = wholeDays(from, to, timeZone);
  const weeks: { week: string; deployDays: number }[] = [];
  if (span !== null) {
    const firstMonday = span.first + ((7 - isoWeekday(span.first)) % 7);
    for (let monday = firstMonday; monday + 6 <= span.last; monday += 7) {
      weeks.push({ week: dayLabel(monday), deployDays: countIn(deployDays, monday, monday + 6) });
    }
  }
  const perWeekDays = median(weeks.map((w) => w.deployDays));
  return {
    deployments: n,
    perDay: days > 0 ? n / days : null,
    perWeek: days > 0 ? (n / days) * 7 : null,
    deployDaysPerWeek: perWeekDays,
    category: span === null ? null : categorise(perWeekDays, deployDays, span),
    events: { deployments: [], weeks },
  };
}

function countIn(days: ReadonlySet<number>, first: number, last: number): number {
  let n = 0;
  for (const d of days) if (d >= first && d <= last) n++;
  return n;
}

function categorise(perWeek: number | null, days: ReadonlySet<number>, span: { first: number; last: number }): FrequencyCategory | null {
  if (perWeek === null) return null;
  if (perWeek >= 5) return 'on-demand';
  if (perWeek >= 1) return 'daily-to-weekly';
  // Whole calendar months: a month counts when its first and last days are both in the span.
  const months: number[] = [];
  let m = monthIndex(span.first);
  if (monthStart(m) < span.first) m++;
  for (; monthStart(m + 1) - 1 <= span.last; m++) months.push(m);
  const perMonth = median(months.map((mm) => countIn(days, monthStart(mm), monthStart(mm + 1) - 1)));
  if (perMonth === null) return null;
  if (perMonth >= 1) return 'weekly-to-monthly';
  // Interpretation: 6-month blocks are consecutive runs of six whole months from the first whole month.
  const blocks: [number, number][] = [];
  for (let i = 0; i + 6 <= months.length; i += 6) blocks.push([monthStart(months[i]!), monthStart(months[i]! + 6) - 1]);
  if (blocks.length === 0) return null;
  return blocks.every(([a, b]) => countIn(days, a, b) > 0) ? 'monthly-to-6-monthly' : 'fewer-than-6-monthly';
}
