/**
 * `GET /api/teams/:id/delivery/friction`: cross-team dependency friction of a team (its PRs'
 * review and merge waits, own team vs other teams, and team × team). Read like the other
 * delivery figures (`team-delivery`).
 */
import { teamFriction } from '../../../app/delivery/dependency-friction.js';
import { FrictionRepository } from '../../../store/friction-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { teamFrictionSchema } from './schema.js';

const access: RouteAccess = { resource: 'team-delivery', action: 'read' };

export const frictionRoutes: RouteRegistration = {
  area: 'friction',
  register(app, deps) {
    app.get('/api/teams/:id/delivery/friction', { schema: teamFrictionSchema, config: { access } }, (request) =>
      teamFriction({ friction: new FrictionRepository(deps.store.db), org: deps.org, runtime: deps.runtime }, requestActor(request), {
        team: request.params.id,
        from: request.query.from === undefined ? undefined : Date.parse(request.query.from),
        to: request.query.to === undefined ? undefined : Date.parse(request.query.to),
      }),
    );
  },
};
