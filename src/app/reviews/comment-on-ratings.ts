/**
 * Comments and challenges on shared ratings. The engineer (or their manager line) writes them;
 * a challenge stays open until someone other than the engineer answers it in writing — never
 * closed silently.
 */
import type { Actor } from '../../core/access/actor.js';
import { answerChallenge as answer, raiseNote, type RatingNote, type RatingNoteKind } from '../../core/review/challenges.js';
import { TrellisError } from '../../errors.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { notifyChallengeAnswered, notifyChallengeRaised } from '../notifications/review-events.js';
import { acceptedOrExplained, accountOf, audit, isSelf, loadCycle, loadPerson, type ReviewDeps } from './deps.js';

export interface NoteInput {
  signal: string | null;
  kind: RatingNoteKind;
  text: string;
}

export async function commentOnRatings(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, input: NoteInput): Promise<RatingNote> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'rating-challenge', person });
    const note = acceptedOrExplained(raiseNote(cycle, { person, ...input }, { id: newId(deps.runtime), author: accountOf(actor), at }));
    await r.ratingNotes.insert(note);
    await r.audit.append(audit(deps, actor, { action: note.kind === 'challenge' ? 'challenge' : 'comment', resourceType: 'rating-challenge', resourceId: note.id, subjectPerson: person, detail: `${cycle.name}${note.signal ? `: ${note.signal}` : ''}` }));
    await notifyChallengeRaised(r, deps.runtime, cycle, note, isSelf(actor, person));
    return note;
  });
}

export async function answerChallenge(deps: ReviewDeps, actor: Actor, noteId: string, text: string): Promise<RatingNote> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const note = await r.ratingNotes.get(noteId);
    if (!note) throw new TrellisError('NOT_FOUND', `No comment or challenge with id "${noteId}".`);
    assertAllowed(actor, 'write', { type: 'rating-challenge', person: note.person });
    if (isSelf(actor, note.person)) throw new TrellisError('FORBIDDEN', 'A challenge is answered by the manager line, not by the person who raised it.');
    const answered = acceptedOrExplained(answer(note, { by: accountOf(actor), text, at }));
    if (!(await r.ratingNotes.saveAnswer(answered))) throw new TrellisError('CONFLICT', 'This challenge already has its answer.');
    await r.audit.append(audit(deps, actor, { action: 'answer', resourceType: 'rating-challenge', resourceId: note.id, subjectPerson: note.person }));
    await notifyChallengeAnswered(r, deps.runtime, await r.cycles.get(note.cycle), answered);
    return answered;
  });
}
