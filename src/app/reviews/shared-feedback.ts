/**
 * Feedback on a signal, shared with the engineer (minimal: a later feedback feature extends it).
 * It is part of the engineer's living document ("feedback received"), so the policy's
 * `living-document` rule guards it; it is written by someone other than the engineer (the
 * manager line) and shared at once. The no-surprises check reads it.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { SharedFeedback } from '../../store/review-feedback-repository.js';
import { assertAllowed } from '../authorize.js';
import { newId } from '../runtime.js';
import { accountOf, audit, isSelf, loadPerson, type ReviewDeps } from './deps.js';

export async function shareFeedback(deps: ReviewDeps, actor: Actor, person: string, input: { signal: string | null; text: string }): Promise<SharedFeedback> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'living-document', person });
    if (isSelf(actor, person)) throw new TrellisError('FORBIDDEN', 'Feedback is shared with a person by someone else; write your own view in a self review.');
    if (input.text.trim() === '') throw new TrellisError('BAD_INPUT', 'text: must not be empty');
    const fb: SharedFeedback = { id: newId(deps.runtime), person, author: accountOf(actor), signal: input.signal, text: input.text.trim(), sharedAt: at, createdAt: at };
    await r.sharedFeedback.insert(fb);
    await r.audit.append(audit(deps, actor, { action: 'share', resourceType: 'feedback', resourceId: fb.id, subjectPerson: person, detail: fb.signal ? `on ${fb.signal}` : null }));
    return fb;
  });
}

/** A person's feedback, newest first; reads by anyone but the person are audited. */
export async function listSharedFeedback(deps: ReviewDeps, actor: Actor, person: string): Promise<SharedFeedback[]> {
  await loadPerson(deps.data, person);
  assertAllowed(actor, 'read', { type: 'living-document', person });
  return deps.data.transaction(async (r) => {
    const items = await r.sharedFeedback.forPerson(person);
    if (!isSelf(actor, person)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'feedback', resourceId: person, subjectPerson: person }));
    return items;
  });
}
