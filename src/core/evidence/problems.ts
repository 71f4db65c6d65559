/** A field-level problem with some input, and the parse result that carries either a value or the problems. */
export interface FieldProblem {
  field: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };
