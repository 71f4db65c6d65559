/** Schemas of notifications: the bell, email settings, the email outbox, reminders. */
import { z } from 'zod';
import { notificationKinds } from '../../../core/notifications/kinds.js';
import { deadlineSteps } from '../../../core/review/deadlines.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const kind = z.enum(notificationKinds);

export const notification = z
  .object({ id: z.string(), kind, title: z.string(), body: z.string(), link: z.string().nullable().describe('A path in the web app'), createdAt: iso, readAt: iso.nullable() })
  .meta({ id: 'Notification' });

export const inboxSchema = {
  summary: 'Your notifications, newest first, and how many are unread',
  tags: ['notifications'],
  querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }),
  response: { 200: z.object({ unread: count, items: z.array(notification) }).meta({ id: 'Inbox' }), ...signedInErrors },
};

export const markReadSchema = {
  summary: 'Mark some of your notifications read, or all of them',
  tags: ['notifications'],
  body: z.union([z.object({ ids: z.array(z.string().min(1).max(200)).min(1).max(500) }), z.object({ all: z.literal(true) })]),
  response: { 200: z.object({ marked: count }), ...signedInErrors },
};

const emailSettings = z
  .object({
    address: z.string().nullable().describe('Where your email goes; null: you have no address, so no email is sent'),
    email: z.record(kind, z.boolean()).describe('Which kinds reach you by email (every kind reaches the bell)'),
    kinds: z.array(z.object({ kind, label: z.string() })),
  })
  .meta({ id: 'EmailSettings' });

export const readEmailSettingsSchema = {
  summary: 'Which notifications reach you by email',
  tags: ['notifications'],
  response: { 200: emailSettings, ...signedInErrors },
};

export const writeEmailSettingsSchema = {
  summary: 'Choose which notifications reach you by email',
  tags: ['notifications'],
  body: z.object({ email: z.partialRecord(kind, z.boolean()) }),
  response: { 200: emailSettings, ...signedInErrors },
};

const outboxStatus = z.enum(['pending', 'queued', 'sending', 'sent', 'failed']);
const outboxEmail = z
  .object({ id: z.string(), to: z.string(), subject: z.string(), status: outboxStatus, attempts: count, nextAttemptAt: iso, lastError: z.string().nullable(), createdAt: iso, sentAt: iso.nullable() })
  .meta({ id: 'OutboxEmail' });

export const outboxSchema = {
  summary: 'The email outbox: counts by status and the emails of one status (administrators)',
  tags: ['notifications'],
  querystring: z.object({ status: outboxStatus.default('failed') }),
  response: { 200: z.object({ emailOn: z.boolean().describe('Whether SMTP is configured'), counts: z.record(outboxStatus, count), items: z.array(outboxEmail) }), ...signedInErrors },
};

export const retryEmailSchema = {
  summary: 'Send a failed email again, from its first attempt (administrators)',
  tags: ['notifications'],
  params: idParams,
  response: { 200: outboxEmail, ...signedInErrors, 404: errorBody, 409: errorBody },
};

const personRef = z.object({ id: z.string(), name: z.string() });

export const remindSchema = {
  summary: 'Remind the people behind on the step the cycle is on (people partners, administrators)',
  tags: ['reviews'],
  params: idParams,
  response: {
    200: z
      .object({
        step: z.enum(deadlineSteps),
        due: z.string().nullable().describe('Due day of the step (YYYY-MM-DD), if set'),
        reminded: z.array(personRef.extend({ about: z.array(personRef).describe('The reviews behind they were reminded of') })).describe('Everyone who got a reminder'),
        alreadyReminded: z.array(personRef).describe('People already reminded of this step within this clock hour, so not again now'),
        notReminded: z.array(personRef).describe('People behind with nobody to remind (a manager review of someone with no manager in the records)'),
      })
      .meta({ id: 'Reminders' }),
    ...signedInErrors,
    404: errorBody,
    409: errorBody,
  },
};
