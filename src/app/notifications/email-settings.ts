/**
 * Which kinds of notification reach a person by email. Everyone still sees every notification
 * in the app (the bell); this only chooses email. Changes are audited like other writes.
 */
import type { Actor } from '../../core/access/actor.js';
import { emailChoices, isNotificationKind, notificationKinds, type NotificationKind } from '../../core/notifications/kinds.js';
import { TrellisError } from '../../errors.js';
import { audit, type ReviewDeps } from '../reviews/deps.js';

export interface EmailSettings {
  /** The address email goes to; null when the person has none (then no email is sent). */
  address: string | null;
  email: Record<NotificationKind, boolean>;
}

function personOf(actor: Actor): string {
  if (actor.kind !== 'account' || actor.personId === null) throw new TrellisError('FORBIDDEN', 'Email settings are kept for accounts that sign in as a person.');
  return actor.personId;
}

export async function readEmailSettings(deps: ReviewDeps, actor: Actor): Promise<EmailSettings> {
  const me = personOf(actor);
  const [addresses, stored] = await Promise.all([deps.data.notifications.addresses([me]), deps.data.notifications.emailChoices([me])]);
  return { address: addresses.get(me) ?? null, email: emailChoices(stored.get(me) ?? new Map()) };
}

export async function writeEmailSettings(deps: ReviewDeps, actor: Actor, email: Record<string, boolean>): Promise<EmailSettings> {
  const me = personOf(actor);
  const unknown = Object.keys(email).filter((k) => !isNotificationKind(k));
  if (unknown.length > 0) throw new TrellisError('BAD_INPUT', `email.${unknown[0]}: not a kind of notification (kinds: ${notificationKinds.join(', ')})`);
  await deps.data.transaction(async (r) => {
    await r.notifications.saveEmailChoices(me, email, deps.runtime.now());
    const off = Object.entries(email).filter(([, on]) => !on).map(([k]) => k);
    await r.audit.append(audit(deps, actor, { action: 'update', resourceType: 'email-settings', resourceId: me, subjectPerson: me, detail: off.length ? `email off for: ${off.join(', ')}` : 'email on for every kind' }));
  });
  return readEmailSettings(deps, actor);
}
