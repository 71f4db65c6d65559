/** `GET /api/audit` and `GET /api/people/:id/access-log`: parse, call the use case, return. */
import { listAuditLog } from '../../../app/audit/list-audit-log.js';
import { listPersonAccessLog } from '../../../app/audit/list-person-access-log.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { accessLogSchema, auditLogSchema } from './schema.js';

export const auditRoutes: RouteRegistration = {
  area: 'audit',
  register(app, { data }) {
    app.get('/api/audit', { schema: auditLogSchema, config: { access: { resource: 'audit-log', action: 'read' } } }, (request) =>
      listAuditLog({ data }, requestActor(request), request.query),
    );
    app.get('/api/people/:id/access-log', { schema: accessLogSchema, config: { access: { resource: 'person-access-log', action: 'read' } } }, (request) =>
      listPersonAccessLog({ data }, requestActor(request), request.params.id, request.query),
    );
  },
};
