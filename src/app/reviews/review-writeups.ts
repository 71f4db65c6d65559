/**
 * Self reviews and manager reviews, one text per cycle × person. The engineer writes the self
 * review, their manager line the manager review, while the cycle is published or in writing.
 * The policy's `review-packet` rule guards both (the packet shows them).
 *
 * The review packet reads them with `readReviewWriteups(deps, actor, cycleId, personId)`, or
 * `data.reviewWriteups.forPerson(cycleId, personId)` after its own policy check.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { ReviewWriteup, WriteupKind } from '../../store/review-writeup-repository.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, isSelf, loadCycle, loadPerson, managesLine, type ReviewDeps } from './deps.js';

export async function writeReviewWriteup(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, kind: WriteupKind, text: string): Promise<ReviewWriteup> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'review-packet', person });
    if (kind === 'self' && !isSelf(actor, person)) throw new TrellisError('FORBIDDEN', 'A self review is written by the person themself.');
    if (kind === 'manager' && !managesLine(actor, person)) throw new TrellisError('FORBIDDEN', 'A manager review is written by the person’s manager line.');
    if (cycle.state !== 'published' && cycle.state !== 'writing') throw new TrellisError('CONFLICT', `Reviews are written while the cycle is published or in writing; "${cycle.name}" is ${cycle.state}.`);
    if (text.trim() === '') throw new TrellisError('BAD_INPUT', 'text: must not be empty');
    const w: ReviewWriteup = { cycle: cycle.id, person, kind, text: text.trim(), author: accountOf(actor), updatedAt: at };
    await r.reviewWriteups.save(w);
    await r.audit.append(audit(deps, actor, { action: 'write', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: `${kind} review` }));
    return w;
  });
}

export async function readReviewWriteups(deps: ReviewDeps, actor: Actor, cycleId: string, person: string): Promise<{ self: ReviewWriteup | null; manager: ReviewWriteup | null }> {
  const cycle = await loadCycle(deps.data, cycleId);
  await loadPerson(deps.data, person);
  assertAllowed(actor, 'read', { type: 'review-packet', person });
  return deps.data.transaction(async (r) => {
    const w = await r.reviewWriteups.forPerson(cycle.id, person);
    if (!isSelf(actor, person)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: 'self and manager reviews' }));
    return w;
  });
}
