/**
 * Acknowledge an open no-surprises flag with a note (a calibrator): what was said to the engineer,
 * or why the rating stands. A cycle with an unacknowledged flag cannot be shared
 * (transition-cycle.ts), so a surprise never reaches an engineer without a word.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { SurpriseAcknowledgement } from '../../store/calibration-session-repository.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, loadCycle, rubricOf, type ReviewDeps } from '../reviews/deps.js';
import { flagsWithAcknowledgements } from './session-deps.js';

export async function acknowledgeSurprise(deps: ReviewDeps, actor: Actor, cycleId: string, ratingId: string, note: string): Promise<SurpriseAcknowledgement> {
  assertAllowed(actor, 'write', { type: 'calibration' });
  const text = note.trim();
  if (text === '') throw new TrellisError('BAD_INPUT', 'note: say what the engineer was told, or why the rating stands — an acknowledgement needs a note', [{ field: 'note', message: 'must not be empty' }]);
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    if (cycle.state === 'shared') throw new TrellisError('CONFLICT', `"${cycle.name}" is already shared.`);
    const ratings = (await r.ratings.forCycle(cycle.id)).filter((x) => x.id === ratingId);
    if (ratings.length === 0) throw new TrellisError('NOT_FOUND', `No rating with id "${ratingId}" in "${cycle.name}".`);
    const flag = (await flagsWithAcknowledgements(r, cycle, ratings, await rubricOf(r, cycle)))[0];
    if (!flag) throw new TrellisError('CONFLICT', 'This rating has no no-surprises flag to acknowledge.');
    if (flag.acknowledgement) throw new TrellisError('CONFLICT', 'This no-surprises flag is already acknowledged.');
    const ack: SurpriseAcknowledgement = { cycle: cycle.id, rating: flag.rating, decidedAt: flag.at, person: flag.person, signal: flag.signal, note: text, by: accountOf(actor), at };
    if (!(await r.calibrationSessions.acknowledge(ack))) throw new TrellisError('CONFLICT', 'This no-surprises flag is already acknowledged.');
    await r.audit.append(audit(deps, actor, { action: 'acknowledge', resourceType: 'review-rating', resourceId: flag.rating, subjectPerson: flag.person, detail: `no-surprises flag on ${flag.signal} in "${cycle.name}" acknowledged` }));
    return ack;
  });
}
