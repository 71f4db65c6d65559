/** On-call health, a person's own load, and the thresholds: parse, call the use case, return. */
import { readPersonLoad } from '../../../app/oncall/person-load.js';
import { readTeamOncall } from '../../../app/oncall/team-oncall.js';
import { readThresholds, setThresholds } from '../../../app/oncall/wellbeing-thresholds.js';
import { assertAllowed } from '../../../app/authorize.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { getThresholdsRoute, personLoadRoute, putThresholdsRoute, teamOncallRoute } from './schema.js';

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export const oncallRoutes: RouteRegistration = {
  area: 'oncall',
  register(app, { data, runtime, sloAlerts }) {
    const deps = { data, runtime, ...(sloAlerts ? { sloAlerts } : {}) };
    app.get('/api/teams/:id/oncall', { schema: teamOncallRoute, config: { access: { resource: 'service-reliability', action: 'read' } } }, (request) =>
      readTeamOncall(deps, requestActor(request), request.params.id, { from: ms(request.query.from), to: ms(request.query.to), around: ms(request.query.around) }),
    );
    app.get('/api/people/:id/load', { schema: personLoadRoute, config: { access: { resource: 'person-wellbeing', action: 'read' } } }, (request) =>
      readPersonLoad(deps, requestActor(request), request.params.id, { from: ms(request.query.from), to: ms(request.query.to) }),
    );
    app.get('/api/settings/wellbeing-thresholds', { schema: getThresholdsRoute, config: { access: { resource: 'settings', action: 'read' } } }, async (request) => {
      assertAllowed(requestActor(request), 'read', { type: 'settings' });
      return readThresholds(data.settings);
    });
    app.put('/api/settings/wellbeing-thresholds', { schema: putThresholdsRoute, config: { access: { resource: 'settings', action: 'write' } } }, (request) =>
      setThresholds({ data, runtime }, requestActor(request), request.body),
    );
  },
};
