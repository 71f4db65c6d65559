/** Incidents: parse, call the use case, return. */
import { listServiceIncidents, readIncident } from '../../../app/oncall/incident-detail.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { incidentRoute, serviceIncidentsRoute } from './schema.js';

const reliability: RouteAccess = { resource: 'service-reliability', action: 'read' };

export const incidentRoutes: RouteRegistration = {
  area: 'incidents',
  register(app, { data }) {
    app.get('/api/incidents/:id', { schema: incidentRoute, config: { access: reliability } }, (request) => readIncident({ data }, requestActor(request), request.params.id));
    app.get('/api/services/:id/incidents', { schema: serviceIncidentsRoute, config: { access: reliability } }, (request) => listServiceIncidents({ data }, requestActor(request), request.params.id));
  },
};
