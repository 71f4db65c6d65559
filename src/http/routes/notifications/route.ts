/**
 * Notifications: `/api/notifications` (the signed-in person's own: the bell, mark read, email
 * settings), `/api/email-outbox` (administrators: failed sends, retry) and
 * `POST /api/cycles/:id/reminders` ("remind the people behind").
 */
import { readEmailOutbox, retryEmail } from '../../../app/notifications/email-outbox.js';
import { readEmailSettings, writeEmailSettings, type EmailSettings } from '../../../app/notifications/email-settings.js';
import { markNotificationsRead, readInbox } from '../../../app/notifications/inbox.js';
import { remindPeopleBehind } from '../../../app/notifications/remind-people-behind.js';
import { kindLabels, notificationKinds, type NotificationKind } from '../../../core/notifications/kinds.js';
import type { OutboxEmail } from '../../../store/notification-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso } from '../cycles/serialise.js';
import { inboxSchema, markReadSchema, outboxSchema, readEmailSettingsSchema, remindSchema, retryEmailSchema, writeEmailSettingsSchema } from './schema.js';

const settingsOut = (s: EmailSettings) => ({ ...s, kinds: notificationKinds.map((kind) => ({ kind, label: kindLabels[kind] })) });
const emailOut = (e: OutboxEmail) => ({
  id: e.id,
  to: e.to,
  subject: e.subject,
  status: e.status,
  attempts: e.attempts,
  nextAttemptAt: iso(e.nextAttemptAt),
  lastError: e.lastError,
  createdAt: iso(e.createdAt),
  sentAt: e.sentAt === null ? null : iso(e.sentAt),
});

export const notificationRoutes: RouteRegistration = {
  area: 'notifications',
  register(app, { data, runtime, config }) {
    const deps = { data, runtime };
    // A person's own notifications: the recipient is always the signed-in account's person.
    app.get('/api/notifications', { schema: inboxSchema, config: { access: 'signed-in' } }, async (request) => {
      const inbox = await readInbox(deps, requestActor(request), request.query.limit);
      return {
        unread: inbox.unread,
        items: inbox.items.map((n) => ({ id: n.id, kind: n.kind as NotificationKind, title: n.title, body: n.body, link: n.link, createdAt: iso(n.createdAt), readAt: n.readAt === null ? null : iso(n.readAt) })),
      };
    });
    app.post('/api/notifications/read', { schema: markReadSchema, config: { access: 'signed-in' } }, async (request) => ({
      marked: await markNotificationsRead(deps, requestActor(request), 'all' in request.body ? 'all' : request.body.ids),
    }));
    app.get('/api/notifications/email-settings', { schema: readEmailSettingsSchema, config: { access: 'signed-in' } }, async (request) => settingsOut(await readEmailSettings(deps, requestActor(request))));
    app.put('/api/notifications/email-settings', { schema: writeEmailSettingsSchema, config: { access: 'signed-in' } }, async (request) =>
      settingsOut(await writeEmailSettings(deps, requestActor(request), request.body.email as Record<string, boolean>)),
    );

    app.get('/api/email-outbox', { schema: outboxSchema, config: { access: { resource: 'email-outbox', action: 'read' } } }, async (request) => {
      const v = await readEmailOutbox(deps, requestActor(request), request.query.status);
      return { emailOn: config.email.smtp !== null, counts: v.counts, items: v.items.map(emailOut) };
    });
    app.post('/api/email-outbox/:id/retry', { schema: retryEmailSchema, config: { access: { resource: 'email-outbox', action: 'write' } } }, async (request) => emailOut(await retryEmail(deps, requestActor(request), request.params.id)));

    app.post('/api/cycles/:id/reminders', { schema: remindSchema, config: { access: { resource: 'review-cycle', action: 'write' } } }, async (request) => {
      const r = await remindPeopleBehind(deps, requestActor(request), request.params.id);
      return { step: r.step, due: r.due === null ? null : iso(r.due).slice(0, 10), reminded: r.reminded, notReminded: r.notReminded, alreadyReminded: r.alreadyReminded };
    });
  },
};
