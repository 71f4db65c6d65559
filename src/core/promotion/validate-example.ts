/**
 * Checking a case file before it is stored: the problem and the start date are required (the
 * rest may be filled in over several sittings), dates in order, the dimensions must be the
 * target level's, and every citation must be an evidence item of the person — any other id is
 * refused in the same words as a missing one, so the message never reveals another person's items.
 */
import { ok, refuse, type Outcome } from '../review/outcome.js';
import type { CaseEvidence, CaseExample, TargetDimension } from './model.js';

export type ExampleDraft = Omit<CaseExample, 'id' | 'position'>;

export const exampleTextLimit = 4000;
export const exampleLimit = 12;

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export function checkExample(draft: ExampleDraft, targets: readonly TargetDimension[], items: ReadonlyMap<string, CaseEvidence>, person: { id: string; name: string }): Outcome<ExampleDraft> {
  if (draft.problem.trim() === '') return refuse('problem: say what problem the work solved');
  for (const field of ['problem', 'scope', 'action', 'result'] as const) {
    if (draft[field].length > exampleTextLimit) return refuse(`${field}: must be at most ${exampleTextLimit} characters`);
  }
  if (draft.to !== null && draft.to < draft.from) return refuse(`to: ${day(draft.to)} is before the start, ${day(draft.from)}`);
  const known = new Set(targets.map((t) => t.id));
  const dimensions = [...new Set(draft.dimensions.map((d) => d.trim()).filter((d) => d !== ''))];
  const unknown = dimensions.find((d) => !known.has(d));
  if (unknown !== undefined) return refuse(`dimensions: "${unknown}" is not a dimension of the target level (${targets.map((t) => t.id).join(', ')})`);
  const evidence = [...new Set(draft.evidence.map((e) => e.trim()).filter((e) => e !== ''))];
  for (const id of evidence) {
    const item = items.get(id);
    if (!item || item.person !== person.id) return refuse(`evidence: "${id}" is not an evidence item of ${person.name}; cite items of their living document`);
  }
  return ok({ ...draft, problem: draft.problem.trim(), scope: draft.scope.trim(), action: draft.action.trim(), result: draft.result.trim(), dimensions, evidence });
}
