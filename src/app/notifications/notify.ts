/**
 * Write notifications for an event, inside the event's own transaction: one in-app row per
 * recipient, and an email in the outbox for each recipient who takes this kind by email and has
 * an address. Nothing is sent here — the server's sender delivers the outbox later — so a mail
 * server that is down never fails, slows or undoes the write that caused the notification.
 *
 * With a `dedupeKey` a recipient is notified once per key, however often the event is seen (the
 * deadline sweep runs every few minutes, on every instance).
 */
import { emailChoices, type NotificationKind } from '../../core/notifications/kinds.js';
import type { Repositories } from '../../store/data-access.js';
import { newId, type Runtime } from '../runtime.js';

export interface NotificationContent {
  kind: NotificationKind;
  title: string;
  body: string;
  /** A path in the web app (e.g. /cycles/c1), or null. */
  link: string | null;
  dedupeKey?: string;
}

/** Where the sender puts the server's public address in an email's link (config `publicUrl`). */
export const publicUrlMarker = '{{trellis-url}}';

/** Notify each recipient (person ids); returns the ones who got a new notification. */
export async function notify(r: Repositories, runtime: Runtime, recipients: readonly string[], content: NotificationContent | ((recipient: string) => NotificationContent)): Promise<string[]> {
  const people = [...new Set(recipients)];
  if (people.length === 0) return [];
  const at = runtime.now();
  const [addresses, choices] = await Promise.all([r.notifications.addresses(people), r.notifications.emailChoices(people)]);
  const rows = people.map((recipient) => {
    const c = typeof content === 'function' ? content(recipient) : content;
    return { id: newId(runtime), recipient, kind: c.kind, title: c.title, body: c.body, link: c.link, createdAt: at, readAt: null, dedupeKey: c.dedupeKey ?? null };
  });
  const written = await r.notifications.insertMany(rows);
  const notified: string[] = [];
  const emails = [];
  for (const n of rows) {
    if (!written.has(n.id)) continue;
    notified.push(n.recipient);
    const to = addresses.get(n.recipient);
    if (to === undefined || !emailChoices(choices.get(n.recipient) ?? new Map())[n.kind]) continue;
    const link = n.link === null ? '' : `\n\nOpen it in Trellis: ${publicUrlMarker}${n.link}`;
    const footer = '\n\n— Trellis. Choose which emails you get under Notifications → Email settings.';
    emails.push({ id: newId(runtime), notification: n.id, to, subject: n.title, body: `${n.body}${link}${footer}`, nextAttemptAt: at, createdAt: at });
  }
  await r.notifications.insertEmails(emails);
  return notified;
}
