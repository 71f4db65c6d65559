/**
 * A calibration session of a real review cycle (spec/people.md, calibration process): managers
 * pre-rate independently while the cycle is in writing — each sees only their own line's ratings
 * on the board — then a calibrator opens the session once the cycle is calibrating, everyone
 * taking part sees the board side by side, changes are made with a reason and a note, and the
 * session is locked at the end. A locked session refuses every change.
 */
import type { ReviewCycle } from '../review/cycle.js';
import { kindRates } from '../review/cycle.js';
import { ok, refuse, type Outcome } from '../review/outcome.js';

export const sessionStates = ['pre-rating', 'open', 'locked'] as const;
export type SessionState = (typeof sessionStates)[number];

export interface CalibrationSession {
  id: string;
  cycle: string;
  state: SessionState;
  createdAt: number;
  createdBy: string | null;
  openedAt: number | null;
  openedBy: string | null;
  lockedAt: number | null;
  lockedBy: string | null;
}

interface Meta {
  at: number;
  by: string | null;
}

/** A session for a cycle that carries ratings and has not finished calibrating. */
export function createSession(cycle: ReviewCycle, meta: Meta & { id: string }): Outcome<CalibrationSession> {
  if (!kindRates(cycle.kind)) return refuse('A check-in carries no ratings, so there is nothing to calibrate.');
  if (!['published', 'writing', 'calibrating'].includes(cycle.state)) {
    return refuse(`A calibration session is prepared for a cycle that is published, in writing or calibrating; "${cycle.name}" is ${cycle.state}.`);
  }
  return ok({ id: meta.id, cycle: cycle.id, state: 'pre-rating', createdAt: meta.at, createdBy: meta.by, openedAt: null, openedBy: null, lockedAt: null, lockedBy: null });
}

/** Open the session: the pre-ratings become visible to everyone taking part. */
export function openSession(session: CalibrationSession, cycle: ReviewCycle, meta: Meta): Outcome<CalibrationSession> {
  if (session.state !== 'pre-rating') return refuse(`The calibration session is already ${session.state}.`);
  if (cycle.state !== 'calibrating') return refuse(`The session opens when the cycle is calibrating; "${cycle.name}" is ${cycle.state}. Ask the people partner to move it forward once the pre-ratings are in.`);
  return ok({ ...session, state: 'open', openedAt: meta.at, openedBy: meta.by });
}

/** Lock the session at the end of the meeting: from then on no rating changes. */
export function lockSession(session: CalibrationSession, meta: Meta): Outcome<CalibrationSession> {
  if (session.state === 'locked') return refuse('The calibration session is already locked.');
  if (session.state !== 'open') return refuse('Only an open session can be locked: open it first, then calibrate, then lock.');
  return ok({ ...session, state: 'locked', lockedAt: meta.at, lockedBy: meta.by });
}

/** May a rating of the cycle change now? Only while its session (if it has one) is open. */
export function mayChangeRatings(session: CalibrationSession | null): Outcome<true> {
  if (session === null || session.state === 'open') return ok(true);
  if (session.state === 'locked') return refuse('The calibration session is locked: ratings no longer change.');
  return refuse('The calibration session has not opened yet: ratings change in the session, once a calibrator opens it.');
}

/** Are the pre-ratings visible beyond each manager's own line? */
export const isOpened = (session: CalibrationSession | null): boolean => session !== null && session.state !== 'pre-rating';
