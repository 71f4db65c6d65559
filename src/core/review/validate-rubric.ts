/**
 * Rules a rubric must meet before it can be published (spec/people.md): 3–5 signals with unique
 * ids, each with a definition and at least one example each of "strong" and "needs support",
 * positive weights, and an ordinal scale of at least two distinct values. Every problem is
 * returned, each naming its place (`signals[2].definition`), so one pass shows them all.
 */
import type { Problem } from './problem.js';
import type { Rubric } from './signals.js';

export const minSignals = 3;
export const maxSignals = 5;

const blank = (s: string | undefined): boolean => s === undefined || s.trim() === '';

export function validateRubric(r: Pick<Rubric, 'name' | 'signals' | 'scale'>): Problem[] {
  const problems: Problem[] = [];
  if (blank(r.name)) problems.push({ field: 'name', message: 'must not be empty' });
  if (r.signals.length < minSignals || r.signals.length > maxSignals) {
    problems.push({ field: 'signals', message: `must hold ${minSignals} to ${maxSignals} signals (has ${r.signals.length})` });
  }
  const seen = new Set<string>();
  r.signals.forEach((s, i) => {
    const at = `signals[${i}]`;
    if (blank(s.id)) problems.push({ field: `${at}.id`, message: 'must not be empty' });
    else if (seen.has(s.id)) problems.push({ field: `${at}.id`, message: `"${s.id}" is used by an earlier signal` });
    seen.add(s.id);
    if (blank(s.name)) problems.push({ field: `${at}.name`, message: 'must not be empty' });
    if (blank(s.definition)) problems.push({ field: `${at}.definition`, message: 'must not be empty' });
    if (!s.strongExamples.some((e) => !blank(e))) problems.push({ field: `${at}.strongExamples`, message: 'needs at least one observable example' });
    if (!s.needsSupportExamples.some((e) => !blank(e))) problems.push({ field: `${at}.needsSupportExamples`, message: 'needs at least one observable example' });
    if (s.weight !== undefined && !(Number.isFinite(s.weight) && s.weight > 0)) problems.push({ field: `${at}.weight`, message: 'must be a number above 0' });
  });
  if (r.scale.length < 2) problems.push({ field: 'scale', message: 'needs at least two values, lowest first' });
  if (new Set(r.scale).size !== r.scale.length) problems.push({ field: 'scale', message: 'values must be distinct' });
  if (r.scale.some((v) => blank(v))) problems.push({ field: 'scale', message: 'values must not be empty' });
  return problems;
}
