/**
 * The administrators' view of the email outbox: how many emails are waiting, sent and failed,
 * the failed ones with their last error, and "send again" for one that failed (from its first
 * attempt). Reading it is audited: it lists who was emailed about what.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { OutboxEmail, OutboxStatus } from '../../store/notification-repository.js';
import { assertAllowed } from '../authorize.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';

export interface OutboxView {
  counts: Record<OutboxStatus, number>;
  items: OutboxEmail[];
}

export async function readEmailOutbox(deps: ReviewDeps, actor: Actor, status: OutboxStatus, limit = 100): Promise<OutboxView> {
  assertAllowed(actor, 'read', { type: 'email-outbox' });
  return deps.data.transaction(async (r) => {
    const [counts, items] = await Promise.all([r.notifications.emailCounts(), r.notifications.emailsWithStatus(status, limit)]);
    await r.audit.append(audit(deps, actor, { action: 'read', resourceType: 'email-outbox', detail: `${status} emails` }));
    return { counts, items };
  });
}

export async function retryEmail(deps: ReviewDeps, actor: Actor, id: string): Promise<OutboxEmail> {
  assertAllowed(actor, 'write', { type: 'email-outbox' });
  return deps.data.transaction(async (r) => {
    const e = await r.notifications.email(id);
    if (!e) throw new TrellisError('NOT_FOUND', `No email with id "${id}" in the outbox.`);
    if (!(await r.notifications.retry(id, deps.runtime.now()))) throw new TrellisError('CONFLICT', `Only a failed email is sent again; this one is ${e.status}.`);
    await r.audit.append(audit(deps, actor, { action: 'retry', resourceType: 'email-outbox', resourceId: id, detail: `to ${e.to}: ${e.subject}` }));
    return (await r.notifications.email(id))!;
  });
}
