/** `GET /api/services` and `GET /api/services/:id`: parse, call the use case, return. */
import { getService } from '../../../app/org/get-service.js';
import { listServices } from '../../../app/org/list-services.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { getServiceSchema, listServicesSchema } from './schema.js';

const directory: RouteAccess = { resource: 'org-directory', action: 'read' };

export const serviceRoutes: RouteRegistration = {
  area: 'services',
  register(app, { org }) {
    app.get('/api/services', { schema: listServicesSchema, config: { access: directory } }, (request) => listServices({ org }, requestActor(request), request.query));
    app.get('/api/services/:id', { schema: getServiceSchema, config: { access: directory } }, (request) => getService({ org }, requestActor(request), request.params.id));
  },
};
