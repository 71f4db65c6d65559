/**
 * The status of one SLO at an instant: budget, burn rates by window and the alert pairs. This is
 * what `trellis slo status`, the API and the service reliability page show.
 */
import { alertStatuses, type AlertStatus } from './alerts.js';
import { budgetFigures, type BudgetReading } from './budget.js';
import { burnRates, type BurnWindow } from './burn.js';
import { formatDuration } from './duration.js';
import { sub, ONE, toNumber } from './rational.js';
import type { SloDefinition } from './slo.js';
import type { SliSource } from './totals.js';

export interface SloStatus {
  name: string;
  service: string;
  budgetingMethod: SloDefinition['budgetingMethod'];
  target: number;
  window: { kind: 'rolling' | 'calendar'; duration: string; timeZone?: string; from: string; to: string; inProgress: boolean };
  at: string;
  sli: number | null;
  budgetConsumed: number | null;
  budgetRemaining: number | null;
  budgetRemainingSigned: number | null;
  /** A calendar window in progress: the same over the elapsed part only. */
  toDate: BudgetReading;
  events: { good: number; bad: number; total: number };
  slices?: { good: number; bad: number; withoutData: number; inWholeWindow: number };
  burnRates: Record<BurnWindow, number | null>;
  alerts: AlertStatus[];
  noData: boolean;
}

export function sloStatus(slo: SloDefinition, source: SliSource, at: number): SloStatus {
  const b = budgetFigures(slo, source, at);
  const remaining = b.consumedExact === null ? null : sub(ONE, b.consumedExact);
  return {
    name: slo.name,
    service: slo.service,
    budgetingMethod: slo.budgetingMethod,
    target: toNumber(slo.target),
    window: {
      kind: slo.window.kind,
      duration: formatDuration(slo.window.duration),
      ...(slo.window.kind === 'calendar' ? { timeZone: slo.window.timeZone } : {}),
      from: new Date(b.window.from).toISOString(),
      to: new Date(b.window.to).toISOString(),
      inProgress: b.window.inProgress,
    },
    at: new Date(at).toISOString(),
    sli: b.sli,
    budgetConsumed: b.wholeWindow.consumed,
    budgetRemaining: b.wholeWindow.remaining,
    budgetRemainingSigned: b.wholeWindow.remainingSigned,
    toDate: b.toDate,
    events: { good: b.good, bad: b.bad, total: b.total },
    ...(b.slices ? { slices: b.slices } : {}),
    burnRates: burnRates(slo, source, at),
    alerts: alertStatuses(slo, source, at, remaining),
    noData: b.sli === null,
  };
}
