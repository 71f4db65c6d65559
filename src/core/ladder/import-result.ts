/**
 * What an importer returns: a ladder, or the problems that stop it, each naming its place in the
 * text (line, field) so a person can fix the file. Expected outcomes, so values, not exceptions.
 * Shaped like `Problem` in src/errors.ts, which the app layer turns them into (adding the file).
 */
import type { Ladder } from './model.js';

export interface LadderProblem {
  line?: number;
  field?: string;
  message: string;
}

export type LadderParse = { ok: true; ladder: Ladder } | { ok: false; problems: LadderProblem[] };

export const failed = (...problems: LadderProblem[]): LadderParse => ({ ok: false, problems });

/** A readable field path: `competencies[3].proficiency`. */
export function fieldPath(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(document)';
}

/** A stable id from a name: lower case, ASCII letters and digits joined by dashes. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s === '' ? 'ladder' : s;
}
