/**
 * Rubric versions (spec/people.md): a published rubric never changes — an edit is version n + 1,
 * published and announced — and no revision is made while a cycle that uses the rubric runs, so
 * nobody is rated against signals that moved under them.
 */
import { isRunning, type ReviewCycle } from './cycle.js';
import { ok, refuse, type Outcome } from './outcome.js';
import type { ReviewSignal, Rubric } from './signals.js';
import { validateRubric } from './validate-rubric.js';

export type RubricContent = Pick<Rubric, 'name' | 'signals' | 'scale'>;

/** Publish a draft at `at`. */
export function publishRubric(draft: Rubric, at: number): Outcome<Rubric> {
  if (draft.publishedAt !== null) return refuse(`Rubric ${draft.id} version ${draft.version} is already published; published versions never change.`);
  const problems = validateRubric(draft);
  if (problems.length > 0) return refuse(problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; '));
  return ok({ ...draft, publishedAt: at });
}

/** The running cycles that lock a rubric (any of its versions). */
export function cyclesLocking(rubricId: string, cycles: readonly ReviewCycle[]): ReviewCycle[] {
  return cycles.filter((c) => c.rubric?.id === rubricId && isRunning(c.state));
}

/** Version n + 1 of `latest` with new content, as a draft — refused while a cycle using the rubric runs. */
export function reviseRubric(latest: Rubric, content: RubricContent, cycles: readonly ReviewCycle[]): Outcome<Rubric> {
  const locking = cyclesLocking(latest.id, cycles);
  if (locking.length > 0) {
    return refuse(`Rubric ${latest.id} is locked while ${locking.map((c) => `"${c.name}" (${c.state})`).join(', ')} runs; revise it after the cycle is shared.`);
  }
  return ok({ id: latest.id, version: latest.version + 1, name: content.name, signals: content.signals, scale: content.scale, publishedAt: null });
}

const signalText = (s: ReviewSignal): string => JSON.stringify([s.name, s.definition, s.strongExamples, s.needsSupportExamples, s.exceedsExamples ?? [], s.weight ?? null]);

/** What changed between two versions, as lines for the announcement. */
export function rubricChanges(before: RubricContent | null, after: RubricContent): string[] {
  if (before === null) return [`First version: ${after.signals.map((s) => s.name).join(', ')}.`];
  const changes: string[] = [];
  if (before.name !== after.name) changes.push(`Renamed from "${before.name}" to "${after.name}".`);
  if (before.scale.join('|') !== after.scale.join('|')) changes.push(`Scale changed from ${before.scale.join(' · ')} to ${after.scale.join(' · ')}.`);
  const old = new Map(before.signals.map((s) => [s.id, s]));
  const now = new Map(after.signals.map((s) => [s.id, s]));
  for (const s of after.signals) {
    const was = old.get(s.id);
    if (was === undefined) changes.push(`Signal added: ${s.name}.`);
    else if (signalText(was) !== signalText(s)) changes.push(`Signal changed: ${s.name}.`);
  }
  for (const s of before.signals) if (!now.has(s.id)) changes.push(`Signal removed: ${s.name}.`);
  return changes.length > 0 ? changes : ['No change in content (republished).'];
}
