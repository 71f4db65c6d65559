/** `GET /api/teams` and `GET /api/teams/:id`: parse, call the use case, return. */
import { getTeam } from '../../../app/org/get-team.js';
import { listTeams } from '../../../app/org/list-teams.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { getTeamSchema, listTeamsSchema } from './schema.js';

const directory: RouteAccess = { resource: 'org-directory', action: 'read' };

export const teamRoutes: RouteRegistration = {
  area: 'teams',
  register(app, { org }) {
    app.get('/api/teams', { schema: listTeamsSchema, config: { access: directory } }, (request) => listTeams({ org }, requestActor(request), request.query));
    app.get('/api/teams/:id', { schema: getTeamSchema, config: { access: directory } }, (request) => getTeam({ org }, requestActor(request), request.params.id));
  },
};
