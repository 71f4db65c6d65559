/**
 * One object read from an OpenSLO file, and the problems found in it. A YAML file holds one
 * or more documents (`---`), each an object or a list of objects; objects are numbered in file
 * order from 1, which is how messages name them ("document 3").
 */
export interface RawObject {
  file: string;
  /** 1-based position of the object in its file. */
  index: number;
  /** Line of the object's start, when known. */
  line?: number;
  value: unknown;
  /** The line of a field inside the object (path from the object's root), when known. */
  lineOf?: (path: readonly (string | number)[]) => number | undefined;
}

export interface OpenSloProblem {
  file: string;
  index: number;
  line?: number;
  kind?: string;
  name?: string;
  /** Path inside the object, e.g. "spec.objectives[0].op". */
  field: string;
  message: string;
  severity: 'error' | 'warning';
  /** "object": the object itself is invalid; "reference": a reference does not resolve. */
  stage: 'object' | 'reference';
}

export function pathText(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? String(p) : `.${String(p)}`;
  return out;
}

/** "document 2, SLO "web-availability", spec.objectives[0].op" — the place, for people. */
export function describePlace(p: Pick<OpenSloProblem, 'index' | 'kind' | 'name' | 'field'>): string {
  const object = p.kind ? `, ${p.kind}${p.name ? ` "${p.name}"` : ''}` : '';
  return `document ${p.index}${object}${p.field ? `, ${p.field}` : ''}`;
}
