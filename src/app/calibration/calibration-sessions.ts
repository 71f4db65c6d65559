/**
 * Running a calibration session of a real cycle: a calibrator prepares it (managers pre-rate,
 * each seeing only their own line), opens it once the cycle is calibrating (the board is shown
 * side by side to everyone taking part) and locks it at the end (no rating changes after that).
 * Each step is audited; a step taken twice at once happens once.
 */
import type { Actor } from '../../core/access/actor.js';
import { createSession, lockSession, openSession, type CalibrationSession, type SessionState } from '../../core/calibration/session.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { accountOf, acceptedOrExplained, audit, loadCycle, type ReviewDeps } from '../reviews/deps.js';

export async function prepareSession(deps: ReviewDeps, actor: Actor, cycleId: string): Promise<CalibrationSession> {
  assertAllowed(actor, 'write', { type: 'calibration' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const session = acceptedOrExplained(createSession(cycle, { id: newId(deps.runtime), at, by: accountOf(actor) }));
    if (!(await r.calibrationSessions.insert(session))) throw new TrellisError('CONFLICT', `"${cycle.name}" already has a calibration session.`);
    await r.audit.append(audit(deps, actor, { action: 'create', resourceType: 'calibration-session', resourceId: session.id, detail: `calibration session of "${cycle.name}" prepared: managers pre-rate independently` }));
    return session;
  });
}

async function step(deps: ReviewDeps, actor: Actor, cycleId: string, to: Exclude<SessionState, 'pre-rating'>): Promise<CalibrationSession> {
  assertAllowed(actor, 'write', { type: 'calibration' });
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const session = await r.calibrationSessions.forCycle(cycle.id);
    if (!session) throw new TrellisError('NOT_FOUND', `"${cycle.name}" has no calibration session: prepare one first.`);
    const meta = { at, by: accountOf(actor) };
    const next = acceptedOrExplained(to === 'open' ? openSession(session, cycle, meta) : lockSession(session, meta));
    if (!(await r.calibrationSessions.move(next, session.state))) throw new TrellisError('CONFLICT', 'The calibration session changed at the same time: reload and try again.');
    await r.audit.append(audit(deps, actor, { action: to === 'open' ? 'open' : 'lock', resourceType: 'calibration-session', resourceId: session.id, detail: `calibration session of "${cycle.name}" ${to === 'open' ? 'opened: pre-ratings shown side by side' : 'locked: ratings no longer change'}` }));
    return next;
  });
}

export const openCalibration = (deps: ReviewDeps, actor: Actor, cycleId: string) => step(deps, actor, cycleId, 'open');
export const lockCalibration = (deps: ReviewDeps, actor: Actor, cycleId: string) => step(deps, actor, cycleId, 'locked');
