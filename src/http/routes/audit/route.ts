/** `GET /api/audit`, `GET /api/audit/export` (CSV) and `GET /api/people/:id/access-log`: parse, call the use case, return. */
import { exportAuditLog } from '../../../app/audit/export-audit-log.js';
import { listAuditActions, listAuditLog, type AuditFilter } from '../../../app/audit/list-audit-log.js';
import { listPersonAccessLog } from '../../../app/audit/list-person-access-log.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { accessLogSchema, auditExportSchema, auditLogSchema } from './schema.js';

const DAY = 86_400_000;

/** The query's days as a time range: `to` includes its whole day. */
function filterOf(q: { subject?: string | undefined; actor?: string | undefined; action?: string | undefined; from?: string | undefined; to?: string | undefined }): AuditFilter {
  return {
    subject: q.subject,
    actor: q.actor,
    action: q.action,
    from: q.from === undefined ? undefined : Date.parse(`${q.from}T00:00:00Z`),
    to: q.to === undefined ? undefined : Date.parse(`${q.to}T00:00:00Z`) + DAY,
  };
}

export const auditRoutes: RouteRegistration = {
  area: 'audit',
  register(app, { data }) {
    app.get('/api/audit', { schema: auditLogSchema, config: { access: { resource: 'audit-log', action: 'read' } } }, async (request) => {
      const actor = requestActor(request);
      const page = await listAuditLog({ data }, actor, { ...filterOf(request.query), limit: request.query.limit, offset: request.query.offset });
      return { ...page, actions: await listAuditActions({ data }, actor) };
    });
    app.get('/api/audit/export', { schema: auditExportSchema, config: { access: { resource: 'audit-log', action: 'read' } } }, async (request, reply) => {
      const csv = await exportAuditLog({ data }, requestActor(request), filterOf(request.query));
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="trellis-audit-log.csv"').send(csv);
    });
    app.get('/api/people/:id/access-log', { schema: accessLogSchema, config: { access: { resource: 'person-access-log', action: 'read' } } }, (request) =>
      listPersonAccessLog({ data }, requestActor(request), request.params.id, request.query),
    );
  },
};
