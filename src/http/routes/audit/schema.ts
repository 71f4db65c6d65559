/** Schemas of the audit log (administrators) and a person's access log (that person and administrators). */
import { z } from 'zod';
import { count, errorBody, idFilter, idParams, pageQuery, signedInErrors } from '../../schemas.js';

const actor = z.object({ id: z.string(), email: z.string(), name: z.string() }).describe('Who acted; the operator (id "operator") for the command line');

export const accessLogItem = z
  .object({
    at: z.string().describe('ISO 8601, UTC'),
    actor,
    action: z.string(),
    summary: z.string().describe('What happened, in words: "Viewed compensation in “Annual review 2026”"'),
    detail: z.string().nullable().describe('The note written with the entry ("self review"); null when none'),
    resourceType: z.string(),
    resourceId: z.string().nullable(),
  })
  .meta({ id: 'AccessLogItem' });

export const auditItem = accessLogItem
  .extend({
    subjectPerson: z.string().nullable().describe('Whose record it was (person id)'),
    subjectName: z.string().nullable().describe('That person’s name; null when there is no subject or the person is no longer known'),
    subjects: z.array(z.object({ id: z.string(), name: z.string().nullable() })).describe('Whose records it was: the subject, or every person a list read named'),
  })
  .meta({ id: 'AuditItem' });

export const accessLogSchema = {
  summary: 'Who read or changed this person’s records (others than the person), newest first',
  tags: ['audit'],
  params: idParams,
  querystring: pageQuery,
  response: { 200: z.object({ items: z.array(accessLogItem), total: count }), ...signedInErrors, 404: errorBody },
};

const day = z.iso.date({ error: 'must be a date, YYYY-MM-DD' });

/** The audit log's filters, shared by the page and the CSV export. Dates are whole UTC days; `to` includes its day. */
export const auditFilter = z.object({
  subject: idFilter.describe('Only entries about this person’s records (person id)'),
  actor: idFilter.describe('Only what this account did: its id or email, or "operator" for the command line'),
  action: idFilter.describe('Only this action (read, create, update, sign-in, …)'),
  from: day.optional().describe('From this day (UTC), inclusive'),
  to: day.optional().describe('To this day (UTC), inclusive'),
});

export const auditLogSchema = {
  summary: 'The audit log, newest first, filtered by person, actor, action and dates (administrators)',
  tags: ['audit'],
  querystring: pageQuery.extend(auditFilter.shape),
  response: { 200: z.object({ items: z.array(auditItem), total: count, actions: z.array(z.string()).describe('Every action recorded, for a filter') }), ...signedInErrors },
};

export const auditExportSchema = {
  summary: 'The audit log as CSV, with the same filters (administrators; at most 50,000 rows, newest first)',
  tags: ['audit'],
  querystring: auditFilter,
  response: { 200: z.string().describe('text/csv'), ...signedInErrors },
};
