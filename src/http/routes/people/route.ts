/** `GET /api/people` and `GET /api/people/:id`: parse, call the use case, return. */
import { getPerson } from '../../../app/org/get-person.js';
import { exportPeople } from '../../../app/org/export-people.js';
import { listPeople } from '../../../app/org/list-people.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { exportPeopleSchema, getPersonSchema, listPeopleSchema } from './schema.js';

const directory: RouteAccess = { resource: 'org-directory', action: 'read' };

export const peopleRoutes: RouteRegistration = {
  area: 'people',
  register(app, { org }) {
    app.get('/api/people', { schema: listPeopleSchema, config: { access: directory } }, (request) => listPeople({ org }, requestActor(request), request.query));
    app.get('/api/people/export', { schema: exportPeopleSchema, config: { access: directory } }, async (request, reply) =>
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="people.csv"').send(await exportPeople({ org }, requestActor(request))),
    );
    app.get('/api/people/:id', { schema: getPersonSchema, config: { access: directory } }, (request) => getPerson({ org }, requestActor(request), request.params.id));
  },
};
