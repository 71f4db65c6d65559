/**
 * Before and after a moment from stored delivery facts (facts.ts) instead of every event up to the
 * after side's end: each side reads only its own window (src/store/delivery-facts.ts), so an
 * evidence item's outcome costs the same whether the service has one year of history or ten.
 *
 * It equals compareAround over the events that path loads — every event before the after side's
 * end plus the revert window (`until`), and the incidents found later that name a loaded
 * deployment as their cause — hence `lateIncidents` (see outcomeAsOf). The equality is tested on
 * both dialects against the events path (src/app/delivery/compare-delivery-facts.test.ts).
 */
import { compareSides, type Comparison, type ComparisonPlan } from './compare.js';
import { metricsFromFacts, type FactsOptions, type WindowFacts } from './facts-metrics.js';

/** The facts each side reads; `judged` only when the plan cuts the failure-based after side short. */
export interface FactsSides {
  before: WindowFacts;
  after: WindowFacts;
  judged: WindowFacts | null;
}

export type CompareFactsOptions = Omit<FactsOptions, 'from' | 'to' | 'lateIncidents'> & { seed?: number; resamples?: number };

/** The windows a plan needs read: [t − W, t), [t, t + W) and, when cut short, [t, judgedTo). */
export function comparisonWindows(plan: ComparisonPlan): { before: Window; after: Window; judged: Window | null } {
  const { t, windowMs, judgedTo } = plan;
  return {
    before: { from: t - windowMs, to: t },
    after: { from: t, to: t + windowMs },
    judged: judgedTo < t + windowMs ? { from: t, to: judgedTo } : null,
  };
}

interface Window {
  from: number;
  to: number;
}

export function compareFromFacts(plan: ComparisonPlan, sides: FactsSides, options: CompareFactsOptions): Comparison {
  const { seed, resamples, ...facts } = options;
  const windows = comparisonWindows(plan);
  const side = (w: WindowFacts, at: Window) => metricsFromFacts(w, { ...facts, ...at, lateIncidents: true });
  const before = side(sides.before, windows.before);
  const after = side(sides.after, windows.after);
  const judged = windows.judged === null || sides.judged === null ? after : side(sides.judged, windows.judged);
  const finishedAt = new Map<string, number>();
  for (const d of sides.before.deployments) finishedAt.set(d.id, d.finishedAt);
  for (const d of sides.after.deployments) finishedAt.set(d.id, d.finishedAt);
  return compareSides(plan, { before, after, judged, finishedAt }, { ...(seed === undefined ? {} : { seed }), ...(resamples === undefined ? {} : { resamples }) });
}
