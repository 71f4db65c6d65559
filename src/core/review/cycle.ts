/**
 * Review cycles and the one way they move (spec/people.md): draft → published → writing →
 * calibrating → finalized → shared, forward one step at a time. A quarterly check-in is about
 * growth only: it never accepts ratings. Annual reviews and promotion rounds rate against a
 * published rubric version, which the cycle pins when it is published.
 */
import { ok, refuse, type Outcome } from './outcome.js';
import type { CycleDeadlines } from './deadlines.js';
import type { Rubric } from './signals.js';

export const cycleKinds = ['check-in', 'annual', 'promotion'] as const;
export type CycleKind = (typeof cycleKinds)[number];

export const cycleStates = ['draft', 'published', 'writing', 'calibrating', 'finalized', 'shared'] as const;
export type CycleState = (typeof cycleStates)[number];

export interface VersionRef {
  id: string;
  version: number;
}

export interface CycleStep {
  state: CycleState;
  /** Epoch ms. */
  at: number;
  /** Account that moved it; null for the command line or the demo seeder. */
  by: string | null;
}

export interface ReviewCycle {
  id: string;
  kind: CycleKind;
  name: string;
  /** The period under review, epoch ms, from inclusive, to exclusive. */
  periodFrom: number;
  periodTo: number;
  state: CycleState;
  /** The rubric version it rates against; required for annual and promotion cycles. */
  rubric: VersionRef | null;
  ladder: VersionRef | null;
  /** Every state the cycle has been in, oldest first (the first entry is `draft`). */
  history: CycleStep[];
  /** Due days of its steps (deadlines.ts), set when it is created; absent on cycles made before. */
  deadlines?: CycleDeadlines;
}

/** Does this kind of cycle carry ratings at all? */
export const kindRates = (kind: CycleKind): boolean => kind !== 'check-in';

export const nextState = (s: CycleState): CycleState | null => cycleStates[cycleStates.indexOf(s) + 1] ?? null;

/** A cycle that has opened and not yet ended: its rubric version may not change under it. */
export const isRunning = (s: CycleState): boolean => s !== 'draft' && s !== 'shared';

export interface TransitionFacts {
  /** The rubric version the cycle points at, as stored (null when none or not found). */
  rubric: Rubric | null;
  by?: string | null;
}

/** Move `cycle` to `to` at `at`, or say why not. Never skips a state and never goes back. */
/** `facts.rubric` is needed only to publish an annual or promotion cycle. */
export function transition(cycle: ReviewCycle, to: CycleState, at: number, facts: TransitionFacts = { rubric: null }): Outcome<ReviewCycle> {
  const next = nextState(cycle.state);
  if (next === null) return refuse(`The cycle is already ${cycle.state}: that is its last state.`);
  if (to !== next) return refuse(`A cycle moves one step forward at a time: from ${cycle.state} the next state is ${next}, not ${to}.`);
  const last = cycle.history.at(-1);
  if (last !== undefined && at < last.at) return refuse('A state change cannot be earlier than the one before it.');
  if (to === 'published' && kindRates(cycle.kind)) {
    if (cycle.rubric === null) return refuse(`An ${cycle.kind} cycle rates against a rubric: choose a published rubric version before publishing the cycle.`);
    const r = facts.rubric;
    if (r === null || r.id !== cycle.rubric.id || r.version !== cycle.rubric.version) return refuse(`Rubric ${cycle.rubric.id} version ${cycle.rubric.version} does not exist.`);
    if (r.publishedAt === null || r.publishedAt > at) return refuse(`Rubric ${r.id} version ${r.version} is not published: publish the rubric before the cycle opens.`);
  }
  if (to === 'writing' && cycle.periodFrom >= cycle.periodTo) return refuse('The cycle period must end after it starts.');
  return ok({ ...cycle, state: to, history: [...cycle.history, { state: to, at, by: facts.by ?? null }] });
}

/** A new cycle, in draft. */
export function draftCycle(input: Omit<ReviewCycle, 'state' | 'history'>, at: number, by: string | null): Outcome<ReviewCycle> {
  if (input.name.trim() === '') return refuse('name: must not be empty');
  if (!(input.periodFrom < input.periodTo)) return refuse('period: must end after it starts');
  if (!kindRates(input.kind) && input.rubric !== null) {
    // A check-in has no ratings, so a rubric on it would only suggest there are some.
    return refuse('rubric: a check-in is about growth only and carries no ratings, so it takes no rubric');
  }
  return ok({ ...input, state: 'draft', history: [{ state: 'draft', at, by }] });
}
