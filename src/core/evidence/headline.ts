/**
 * Which delivery figure an outcome is judged by: the one the person chose when they made the link
 * (stored on the item), shown whatever it says. Links made before the choice was asked for are
 * judged by change failure rate. Never "the first figure with a clear change": with five figures
 * compared, one of them shows a "clear change" by chance far more often than 1 in 20, and a
 * headline picked for its result would invite exactly that fishing.
 */
import { DEFAULT_OUTCOME_METRIC, type OutcomeMetric } from './item.js';

export function headlineMetric(chosen: OutcomeMetric | undefined): OutcomeMetric {
  return chosen ?? DEFAULT_OUTCOME_METRIC;
}
