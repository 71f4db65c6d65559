/**
 * Which delivery figure an outcome leads with. The person may name one ("change failure rate");
 * otherwise the first, in an order that puts stability first, whose interval shows a clear
 * change — and failing that, change failure rate. The full table is always shown beside it,
 * so the choice of headline hides nothing.
 */
import { outcomeMetrics, type OutcomeMetric } from './item.js';

export function headlineMetric(verdicts: Record<OutcomeMetric, { verdict: string }>, preferred?: OutcomeMetric): OutcomeMetric {
  if (preferred !== undefined) return preferred;
  return outcomeMetrics.find((m) => verdicts[m].verdict !== 'no clear change') ?? 'changeFailureRate';
}
