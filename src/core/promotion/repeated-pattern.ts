/**
 * The repeated-pattern check (spec/people.md): a promotion rests on working at the target level
 * more than once, so the case must show evidence at the target level's scope in at least two
 * periods. Evidence "at the target scope" is an item cited by an example that shows at least one
 * of the target level's dimensions; a period is a calendar quarter (UTC). One great quarter is a
 * highlight, not a pattern — the check says so in words rather than a score.
 */
import { quarterOf } from '../evidence/goal.js';
import type { CaseEvidence, CaseExample, TargetDimension } from './model.js';

export const defaultMinimumPeriods = 2;

export interface RepeatedPattern {
  holds: boolean;
  /** Quarters with evidence at the target scope, oldest first. */
  periods: string[];
  /** How many distinct periods the check asks for. */
  needed: number;
  /** The finding in a sentence, for the case page, the committee view and the exports. */
  summary: string;
}

export function repeatedPattern(targets: readonly TargetDimension[], examples: readonly CaseExample[], items: ReadonlyMap<string, CaseEvidence>, needed = defaultMinimumPeriods): RepeatedPattern {
  const target = new Set(targets.map((t) => t.id));
  const atScope = examples.filter((e) => e.dimensions.some((d) => target.has(d)));
  const dates = atScope.flatMap((e) => e.evidence).map((id) => items.get(id)?.date).filter((d): d is number => d !== undefined);
  const periods = [...new Set(dates.map(quarterOf))].sort();
  const holds = periods.length >= needed;
  const summary =
    periods.length === 0
      ? `No cited evidence at the target level yet: the case needs evidence in at least ${needed} different quarters.`
      : holds
        ? `Evidence at the target level in ${periods.length} quarters (${periods.join(', ')}): a repeated pattern.`
        : `Evidence at the target level in ${periods.length === 1 ? 'one quarter' : `${periods.length} quarters`} only (${periods.join(', ')}): the case needs evidence in at least ${needed} different quarters to show a repeated pattern.`;
  return { holds, periods, needed, summary };
}
