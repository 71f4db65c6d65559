/**
 * Self reviews and manager reviews, one text per cycle × person. The engineer writes the self
 * review, their manager line the manager review, while the cycle is published or in writing.
 * The policy's `review-packet` rule guards both (the packet shows them); the manager review has
 * its own rule too (`manager-review`): like ratings, it reaches the engineer when the cycle is shared.
 *
 * The review packet reads them with `readReviewWriteups(deps, actor, cycleId, personId)`, or
 * `data.reviewWriteups.forPerson(cycleId, personId)` after its own policy check.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { isShared } from '../../core/review/visibility.js';
import { TrellisError } from '../../errors.js';
import type { ReviewWriteup, WriteupKind } from '../../store/review-writeup-repository.js';
import { assertAllowed } from '../authorize.js';
import { accountOf, audit, isSelf, loadCycle, loadPerson, type ReviewDeps } from './deps.js';

export async function writeReviewWriteup(deps: ReviewDeps, actor: Actor, cycleId: string, person: string, kind: WriteupKind, text: string): Promise<ReviewWriteup> {
  const at = deps.runtime.now();
  return deps.data.transaction(async (r) => {
    const cycle = await loadCycle(r, cycleId);
    await loadPerson(r, person);
    assertAllowed(actor, 'write', { type: 'review-packet', person });
    if (kind === 'self' && !isSelf(actor, person)) throw new TrellisError('FORBIDDEN', 'A self review is written by the person themself.');
    if (kind === 'manager') assertAllowed(actor, 'write', { type: 'manager-review', person, shared: isShared(cycle) });
    if (cycle.state !== 'published' && cycle.state !== 'writing') throw new TrellisError('CONFLICT', `Reviews are written while the cycle is published or in writing; "${cycle.name}" is ${cycle.state}.`);
    if (text.trim() === '') throw new TrellisError('BAD_INPUT', 'text: must not be empty');
    const w: ReviewWriteup = { cycle: cycle.id, person, kind, text: text.trim(), author: accountOf(actor), updatedAt: at };
    await r.reviewWriteups.save(w);
    await r.audit.append(audit(deps, actor, { action: 'write', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: `${kind} review` }));
    return w;
  });
}

export interface ReviewWriteups {
  self: ReviewWriteup | null;
  /** Null when not written yet — or when the reader may not read it yet (`managerHidden` says why). */
  manager: ReviewWriteup | null;
  /** Why the manager review is withheld from this reader (the engineer before the cycle is shared); null when it is shown. */
  managerHidden: string | null;
}

export async function readReviewWriteups(deps: ReviewDeps, actor: Actor, cycleId: string, person: string): Promise<ReviewWriteups> {
  const cycle = await loadCycle(deps.data, cycleId);
  await loadPerson(deps.data, person);
  assertAllowed(actor, 'read', { type: 'review-packet', person });
  const manager = can(actor, 'read', { type: 'manager-review', person, shared: isShared(cycle) });
  return deps.data.transaction(async (r) => {
    const w = await r.reviewWriteups.forPerson(cycle.id, person);
    if (!isSelf(actor, person)) await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'review-packet', resourceId: cycle.id, subjectPerson: person, detail: 'self and manager reviews' }));
    return manager.allowed ? { ...w, managerHidden: null } : { self: w.self, manager: null, managerHidden: manager.reason };
  });
}
