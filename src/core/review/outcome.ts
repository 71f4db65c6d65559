/**
 * What a review rule returns: the new value, or a refusal a person can read. Refusals are
 * expected outcomes (a cycle in the wrong state, a rationale without evidence), so they are
 * values, not exceptions; the app layer turns them into errors where a request must fail.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const refuse = <T = never>(reason: string): Outcome<T> => ({ ok: false, reason });
