/** Tick (or untick) a calibration question for a person while the session is open (calibrators). */
import type { Actor } from '../../core/access/actor.js';
import { isChecklistQuestion } from '../../core/calibration/checklist.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, loadCycle, type ReviewDeps } from '../reviews/deps.js';

export async function setChecklistItem(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, question: string, checked: boolean): Promise<void> {
  assertAllowed(actor, 'write', { type: 'calibration' });
  if (!isChecklistQuestion(question)) throw new TrellisError('NOT_FOUND', `No calibration question "${question}".`);
  const at = deps.runtime.now();
  await deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    const session = await r.calibrationSessions.forCycle(cycle.id);
    if (!session) throw new TrellisError('NOT_FOUND', `"${cycle.name}" has no calibration session.`);
    if (session.state !== 'open') throw new TrellisError('CONFLICT', session.state === 'locked' ? 'The calibration session is locked: its checklist no longer changes.' : 'The checklist is worked through once the session opens.');
    if ((await r.ratings.forPerson(cycle.id, person)).length === 0) throw new TrellisError('NOT_FOUND', `${person} has no ratings in "${cycle.name}".`);
    if (checked) await r.calibrationSessions.tick(session.id, { person, question, by: accountOf(actor), at });
    else await r.calibrationSessions.untick(session.id, person, question);
    await r.audit.append(audit(deps, actor, { action: checked ? 'check' : 'uncheck', resourceType: 'calibration-session', resourceId: session.id, subjectPerson: person, detail: `calibration question "${question}"` }));
  });
}
