/**
 * A person's own notifications: the bell's unread count and list, and marking them read. Only
 * ever the signed-in person's own rows — the recipient is the actor, never a parameter — so
 * there is nothing to authorise beyond being signed in as a person.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { StoredNotification } from '../../store/notification-repository.js';
import type { ReviewDeps } from '../reviews/deps.js';

export interface Inbox {
  unread: number;
  items: StoredNotification[];
}

/** Accounts without a person (an administrator, the command line) receive no notifications. */
function recipientOf(actor: Actor): string | null {
  return actor.kind === 'account' ? actor.personId : null;
}

export async function readInbox(deps: ReviewDeps, actor: Actor, limit = 50): Promise<Inbox> {
  const me = recipientOf(actor);
  if (me === null) return { unread: 0, items: [] };
  const [unread, items] = await Promise.all([deps.data.notifications.unreadCount(me), deps.data.notifications.listFor(me, limit)]);
  return { unread, items };
}

/** Mark the given notifications (or all) read; returns how many were unread and now are read. */
export async function markNotificationsRead(deps: ReviewDeps, actor: Actor, ids: readonly string[] | 'all'): Promise<number> {
  const me = recipientOf(actor);
  if (me === null) throw new TrellisError('FORBIDDEN', 'Notifications are kept for accounts that sign in as a person.');
  return deps.data.notifications.markRead(me, ids, deps.runtime.now());
}
