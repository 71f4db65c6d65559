/**
 * Ratings: one per person × signal in a cycle, a value on the rubric's scale and a written
 * rationale that cites evidence. Managers write them while the cycle is `writing`; calibrators
 * change them while it is `calibrating`, and every such change records who, the old and new
 * value, a reason tag and a note (spec/people.md, calibration process).
 */
import { kindRates, type ReviewCycle } from './cycle.js';
import { ok, refuse, type Outcome } from './outcome.js';
import type { Rubric } from './signals.js';

export const changeReasons = ['scope', 'complexity', 'impact', 'consistency'] as const;
export type ChangeReason = (typeof changeReasons)[number];

export interface Rating {
  id: string;
  cycle: string;
  person: string;
  signal: string;
  value: string;
  rationale: string;
  /** Ids of the person's evidence items (living document) the rationale rests on; at least one. */
  evidence: string[];
  /** Free text beside the citations (a link, a conversation); shown as context, never counted as evidence. */
  context: string;
  /** Account that wrote the current value. */
  author: string | null;
  /** Epoch ms of the last save (any edit, a typo in the rationale too). */
  at: number;
  /**
   * Epoch ms when the current value was first decided: saving the same value again (a rationale
   * fixed) keeps it; a new value moves it. The no-surprises check counts from here.
   */
  decidedAt: number;
  /** Epoch ms when this signal was first rated for the person in the cycle. */
  firstRatedAt: number;
}

export interface RatingChange {
  id: string;
  rating: string;
  cycle: string;
  person: string;
  signal: string;
  by: string | null;
  from: string;
  to: string;
  reason: ChangeReason;
  note: string;
  at: number;
}

export interface RatingInput {
  person: string;
  signal: string;
  value: string;
  rationale: string;
  /** Evidence item ids, already resolved to the person's items in the period (see citations.ts). */
  evidence: string[];
  context?: string;
}

export interface CalibrationInput {
  value: string;
  reason: ChangeReason;
  note: string;
}

/** Checks shared by both ways of writing: the cycle rates, the signal and value are the rubric's. */
function checkValue(cycle: ReviewCycle, rubric: Rubric | null, signal: string, value: string): Outcome<true> {
  if (!kindRates(cycle.kind)) return refuse('A check-in is about growth only: it never carries ratings.');
  if (rubric === null || cycle.rubric === null || rubric.id !== cycle.rubric.id || rubric.version !== cycle.rubric.version) {
    return refuse('The cycle has no rubric version to rate against.');
  }
  if (!rubric.signals.some((s) => s.id === signal)) return refuse(`signal: "${signal}" is not a signal of rubric ${rubric.id} version ${rubric.version}`);
  if (!rubric.scale.includes(value)) return refuse(`value: "${value}" is not on the scale (${rubric.scale.join(', ')})`);
  return ok(true);
}

/** The evidence ids that are not blank. */
export const citedEvidence = (evidence: readonly string[]): string[] => evidence.map((e) => e.trim()).filter((e) => e !== '');

/**
 * A manager's rating, written (or rewritten) while the cycle is in `writing`. `previous` is the
 * rating it replaces: its decision date is kept when the value stays the same.
 */
export function writeRating(cycle: ReviewCycle, rubric: Rubric | null, input: RatingInput, meta: { id: string; author: string | null; at: number; previous?: Rating | undefined }): Outcome<Rating> {
  if (cycle.state !== 'writing') return refuse(`Ratings are written while the cycle is in writing; "${cycle.name}" is ${cycle.state}.`);
  const checked = checkValue(cycle, rubric, input.signal, input.value);
  if (!checked.ok) return checked;
  if (input.rationale.trim() === '') return refuse('rationale: write why — a rating without a rationale cannot be inspected or challenged');
  const evidence = citedEvidence(input.evidence);
  if (evidence.length === 0) return refuse('evidence: cite at least one item of the person’s living document the rationale rests on (context alone is not evidence)');
  const context = (input.context ?? '').trim();
  const previous = meta.previous;
  const decidedAt = previous !== undefined && previous.value === input.value ? previous.decidedAt : meta.at;
  const firstRatedAt = previous?.firstRatedAt ?? meta.at;
  return ok({ id: meta.id, cycle: cycle.id, person: input.person, signal: input.signal, value: input.value, rationale: input.rationale.trim(), evidence, context, author: meta.author, at: meta.at, decidedAt, firstRatedAt });
}

/** A calibration change to an existing rating, while the cycle is `calibrating`. */
export function calibrateRating(
  cycle: ReviewCycle,
  rubric: Rubric | null,
  rating: Rating,
  input: CalibrationInput,
  meta: { id: string; by: string | null; at: number },
): Outcome<{ rating: Rating; change: RatingChange }> {
  if (cycle.state !== 'calibrating') return refuse(`Ratings change in calibration only while the cycle is calibrating; "${cycle.name}" is ${cycle.state}.`);
  const checked = checkValue(cycle, rubric, rating.signal, input.value);
  if (!checked.ok) return checked;
  if (!(changeReasons as readonly string[]).includes(input.reason)) return refuse(`reason: must be one of ${changeReasons.join(', ')}`);
  if (input.note.trim() === '') return refuse('note: say why the rating changed; the engineer will read it');
  if (input.value === rating.value) return refuse(`value: the rating already is "${rating.value}"`);
  const change: RatingChange = {
    id: meta.id,
    rating: rating.id,
    cycle: cycle.id,
    person: rating.person,
    signal: rating.signal,
    by: meta.by,
    from: rating.value,
    to: input.value,
    reason: input.reason,
    note: input.note.trim(),
    at: meta.at,
  };
  return ok({ rating: { ...rating, value: input.value, at: meta.at, decidedAt: meta.at }, change });
}
