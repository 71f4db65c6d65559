/**
 * `GET /api/teams/:id/delivery/friction`: cross-team dependency friction of a team (its PRs'
 * review and merge waits, own team vs other teams, and team × team). Read like the other
 * delivery figures (`team-delivery`), and served like them: from the report cache, serialised
 * once per cached report, with an ETag for revalidation.
 */
import { teamFriction, type FrictionReport } from '../../../app/delivery/dependency-friction.js';
import { FrictionRepository } from '../../../store/friction-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import { sendSerialised, serialiserOf } from '../../cached-json.js';
import type { RouteRegistration } from '../../types.js';
import { frictionReport, teamFrictionSchema } from './schema.js';

const access: RouteAccess = { resource: 'team-delivery', action: 'read' };
const serialisedFriction = serialiserOf<FrictionReport>(frictionReport, '/api/teams/:id/delivery/friction');

export const frictionRoutes: RouteRegistration = {
  area: 'friction',
  register(app, deps) {
    const friction = new FrictionRepository(deps.store.db);
    app.get('/api/teams/:id/delivery/friction', { schema: teamFrictionSchema, config: { access } }, async (request, reply) => {
      const report = await teamFriction({ friction, org: deps.org, runtime: deps.runtime, cache: deps.deliveryCache }, requestActor(request), {
        team: request.params.id,
        from: request.query.from === undefined ? undefined : Date.parse(request.query.from),
        to: request.query.to === undefined ? undefined : Date.parse(request.query.to),
      });
      return sendSerialised(request, reply, serialisedFriction(report));
    });
  },
};
