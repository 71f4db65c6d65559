/**
 * Comments and challenges on shared ratings (spec/people.md): once a cycle is shared the engineer
 * may comment on a rating or challenge it. A challenge is recorded and stays open until someone
 * answers it in writing — it is never closed silently, and an answer cannot be empty.
 */
import type { ReviewCycle } from './cycle.js';
import { ok, refuse, type Outcome } from './outcome.js';
import { isShared } from './visibility.js';

export type RatingNoteKind = 'comment' | 'challenge';

export interface RatingAnswer {
  by: string | null;
  text: string;
  at: number;
}

export interface RatingNote {
  id: string;
  cycle: string;
  person: string;
  /** The signal it is about; null for the cycle's ratings as a whole. */
  signal: string | null;
  kind: RatingNoteKind;
  author: string | null;
  text: string;
  at: number;
  /** Challenges only: open until answered. Comments have no state. */
  state: 'open' | 'answered' | null;
  answer: RatingAnswer | null;
}

export function raiseNote(
  cycle: ReviewCycle,
  input: { person: string; signal: string | null; kind: RatingNoteKind; text: string },
  meta: { id: string; author: string | null; at: number },
): Outcome<RatingNote> {
  if (!isShared(cycle)) return refuse(`Ratings can be commented on and challenged once the cycle is shared; "${cycle.name}" is ${cycle.state}.`);
  if (input.text.trim() === '') return refuse('text: must not be empty');
  return ok({
    id: meta.id,
    cycle: cycle.id,
    person: input.person,
    signal: input.signal,
    kind: input.kind,
    author: meta.author,
    text: input.text.trim(),
    at: meta.at,
    state: input.kind === 'challenge' ? 'open' : null,
    answer: null,
  });
}

export function answerChallenge(note: RatingNote, answer: RatingAnswer): Outcome<RatingNote> {
  if (note.kind !== 'challenge') return refuse('Only a challenge is answered; reply to a comment with a comment.');
  if (note.state === 'answered') return refuse('This challenge already has its answer.');
  if (answer.text.trim() === '') return refuse('answer: a challenge is closed by a written answer, never silently');
  if (answer.at < note.at) return refuse('An answer cannot be earlier than the challenge.');
  return ok({ ...note, state: 'answered', answer: { ...answer, text: answer.text.trim() } });
}
