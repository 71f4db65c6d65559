/**
 * The evidence fairness checks of a period, together: recency, activity without outcome, and
 * prevention counted beside firefighting. Each comes back as figures plus, when it applies, a
 * flag with a sentence a writer can act on. Flags are prompts for the conversation, never scores.
 */
import { checkActivity, type ActivityCheck } from './activity.js';
import type { EvidenceItem } from './item.js';
import { checkPrevention, type PreventionCheck } from './prevention.js';
import { checkRecency, type Period, type RecencyCheck } from './recency.js';

export type FairnessCheckId = 'recency' | 'activity-not-outcome' | 'prevention-counted';

export interface FairnessFlag {
  check: FairnessCheckId;
  message: string;
}

export interface FairnessReport {
  period: Period;
  recency: RecencyCheck;
  activity: ActivityCheck;
  prevention: PreventionCheck;
  flags: FairnessFlag[];
}

type Cited = Pick<EvidenceItem, 'id' | 'title' | 'kind' | 'date' | 'outcome'>;

export function fairnessChecks(items: readonly Cited[], period: Period): FairnessReport {
  const inPeriod = items.filter((i) => i.date >= period.from && i.date < period.to);
  const recency = checkRecency(inPeriod, period);
  const activity = checkActivity(inPeriod);
  const prevention = checkPrevention(inPeriod);
  const flags: FairnessFlag[] = [];
  if (recency.flagged) {
    flags.push({
      check: 'recency',
      message: `All ${recency.cited} evidence item${recency.cited === 1 ? '' : 's'} of this period fall${recency.cited === 1 ? 's' : ''} in its last ${recency.weeks} weeks: look further back before drawing conclusions.`,
    });
  }
  if (activity.items.length > 0) {
    flags.push({
      check: 'activity-not-outcome',
      message: `${activity.items.length} of ${activity.total} item${activity.total === 1 ? '' : 's'} ha${activity.items.length === 1 ? 's' : 've'} no outcome link (activity): add one where the work changed a service, team or SLO.`,
    });
  }
  if (prevention.prompt !== null) flags.push({ check: 'prevention-counted', message: prevention.prompt });
  return { period, recency, activity, prevention, flags };
}
