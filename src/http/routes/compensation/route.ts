/** `GET /api/cycles/:id/compensation`, `GET|PUT /api/cycles/:id/compensation/:person`: compensation, kept apart from growth and from the manager line. */
import { listCompensation, readCompensation, writeCompensation } from '../../../app/reviews/compensation.js';
import type { Compensation } from '../../../store/review-compensation-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso } from '../cycles/serialise.js';
import { listCompensationSchema, readCompensationSchema, writeCompensationSchema } from './schema.js';

const out = (c: Compensation) => ({ ...c, updatedAt: iso(c.updatedAt) });

export const compensationRoutes: RouteRegistration = {
  area: 'compensation',
  register(app, { data, runtime }) {
    app.get('/api/cycles/:id/compensation', { schema: listCompensationSchema, config: { access: { resource: 'compensation', action: 'read' } } }, async (request) => {
      const list = await listCompensation({ data, runtime }, requestActor(request), request.params.id);
      return { items: list.rows.map((r) => ({ ...r, compensation: r.compensation && out(r.compensation) })), leftOut: list.leftOut };
    });
    app.get('/api/cycles/:id/compensation/:person', { schema: readCompensationSchema, config: { access: { resource: 'compensation', action: 'read' } } }, async (request) => {
      const c = await readCompensation({ data, runtime }, requestActor(request), request.params.id, request.params.person);
      return { compensation: c && out(c) };
    });
    app.put('/api/cycles/:id/compensation/:person', { schema: writeCompensationSchema, config: { access: { resource: 'compensation', action: 'write' } } }, async (request) =>
      out(await writeCompensation({ data, runtime }, requestActor(request), request.params.id, request.params.person, request.body.fields)),
    );
  },
};
