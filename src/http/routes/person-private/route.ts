/** `GET /api/people/:id/private`: parse, call the use case (which checks access and audits the read), return. */
import { readPersonPrivate } from '../../../app/people/read-person-private.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { personPrivateSchema } from './schema.js';

export const personPrivateRoutes: RouteRegistration = {
  area: 'person-private',
  register(app, { data, runtime }) {
    app.get('/api/people/:id/private', { schema: personPrivateSchema, config: { access: { resource: 'person-private', action: 'read' } } }, (request) =>
      readPersonPrivate({ data, runtime }, requestActor(request), request.params.id),
    );
  },
};
