/**
 * `GET /api/reliability/slos` (status of every SLO), `GET /api/reliability/services/:id` (the
 * service reliability page) and `GET /api/reliability/openslo` (the OpenSLO export). Reliability
 * is service and team context: there is no person route here, on purpose.
 */
import { exportOpenSlo } from '../../../app/reliability/export-openslo.js';
import { serviceReliability } from '../../../app/reliability/service-reliability.js';
import { sloStatuses } from '../../../app/reliability/slo-status.js';
import { writeOpenSloText } from '../../../sources/openslo/write-openslo.js';
import { SloRepository } from '../../../store/slo-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { openSloExportSchema, serviceReliabilitySchema, sloStatusSchema } from './schema.js';

const access: RouteAccess = { resource: 'service-reliability', action: 'read' };
const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

export const reliabilityRoutes: RouteRegistration = {
  area: 'reliability',
  register(app, deps) {
    const slos = () => new SloRepository(deps.store.db);
    app.get('/api/reliability/slos', { schema: sloStatusSchema, config: { access } }, (request) =>
      sloStatuses({ slos: slos() }, requestActor(request), {
        at: minute(request.query.at === undefined ? deps.runtime.now() : Date.parse(request.query.at)),
        ...(request.query.service ? { service: request.query.service } : {}),
      }),
    );
    app.get('/api/reliability/services/:id', { schema: serviceReliabilitySchema, config: { access } }, (request) =>
      serviceReliability({ slos: slos(), org: deps.org, runtime: deps.runtime }, requestActor(request), {
        service: request.params.id,
        ...(request.query.at === undefined ? {} : { at: minute(Date.parse(request.query.at)) }),
      }),
    );
    app.get('/api/reliability/openslo', { schema: openSloExportSchema, config: { access } }, async (request, reply) => {
      const text = writeOpenSloText(await exportOpenSlo({ slos: slos() }, requestActor(request)));
      return reply.type('application/yaml; charset=utf-8').send(text);
    });
  },
};
