/** Schemas of the audit log (administrators) and a person's access log (that person and administrators). */
import { z } from 'zod';
import { count, errorBody, idFilter, idParams, pageQuery, signedInErrors } from '../../schemas.js';

const actor = z.object({ id: z.string(), email: z.string(), name: z.string() }).describe('Who acted; the operator (id "operator") for the command line');

export const accessLogItem = z
  .object({ at: z.string().describe('ISO 8601, UTC'), actor, action: z.string(), resourceType: z.string(), resourceId: z.string().nullable() })
  .meta({ id: 'AccessLogItem' });

export const auditItem = accessLogItem
  .extend({
    subjectPerson: z.string().nullable().describe('Whose record it was (person id)'),
    subjectName: z.string().nullable().describe('That person’s name; null when there is no subject or the person is no longer known'),
  })
  .meta({ id: 'AuditItem' });

export const accessLogSchema = {
  summary: 'Who read or changed this person’s records (others than the person), newest first',
  tags: ['audit'],
  params: idParams,
  querystring: pageQuery,
  response: { 200: z.object({ items: z.array(accessLogItem), total: count }), ...signedInErrors, 404: errorBody },
};

export const auditLogSchema = {
  summary: 'The audit log, newest first (administrators)',
  tags: ['audit'],
  querystring: pageQuery.extend({ subject: idFilter.describe('Only entries about this person’s records') }),
  response: { 200: z.object({ items: z.array(auditItem), total: count }), ...signedInErrors },
};
