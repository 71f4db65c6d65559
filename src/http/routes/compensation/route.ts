/** `GET /api/cycles/:id/compensation`, `GET|PUT /api/cycles/:id/compensation/:person`: compensation, kept apart from growth and from the manager line. */
import { listCompensation, readCompensation, writeCompensation } from '../../../app/reviews/compensation.js';
import type { Compensation } from '../../../store/review-compensation-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso } from '../cycles/serialise.js';
import { exportCompensationSchema, importBandsSchema, listCompensationSchema, readBandsSchema, readCompensationSchema, setBudgetSchema, writeCompensationSchema } from './schema.js';
import { importBands, readBands, setBudget } from '../../../app/reviews/compensation-bands.js';
import { exportCompensation } from '../../../app/reviews/export-compensation.js';
import type { StoredBands } from '../../../store/compensation-band-repository.js';

const out = (c: Compensation) => ({ ...c, updatedAt: iso(c.updatedAt) });
const bandsOut = (b: StoredBands) => ({ ...b, importedAt: b.importedAt === null ? null : iso(b.importedAt) });

export const compensationRoutes: RouteRegistration = {
  area: 'compensation',
  register(app, { data, runtime }) {
    app.get('/api/cycles/:id/compensation', { schema: listCompensationSchema, config: { access: { resource: 'compensation', action: 'read' } } }, async (request) => {
      const list = await listCompensation({ data, runtime }, requestActor(request), request.params.id);
      return {
        items: list.rows.map((r) => ({ ...r, compensation: r.compensation && out(r.compensation) })),
        leftOut: list.leftOut,
        budget: list.budget && { ...list.budget, updatedAt: iso(list.budget.updatedAt) },
        proposedTotal: list.proposedTotal,
        calibrated: list.calibrated,
        bandsImportedAt: list.bandsImportedAt === null ? null : iso(list.bandsImportedAt),
      };
    });
    app.get('/api/cycles/:id/compensation/export', { schema: exportCompensationSchema, config: { access: { resource: 'compensation', action: 'read' } } }, async (request, reply) => {
      const csv = await exportCompensation({ data, runtime }, requestActor(request), request.params.id);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="compensation-${request.params.id.replace(/[^A-Za-z0-9._-]/g, '_')}.csv"`).send(csv);
    });
    app.put('/api/cycles/:id/compensation/budget', { schema: setBudgetSchema, config: { access: { resource: 'compensation-budget', action: 'write' } } }, async (request) => {
      const b = await setBudget({ data, runtime }, requestActor(request), request.params.id, request.body);
      return { ...b, updatedAt: iso(b.updatedAt) };
    });
    app.get('/api/compensation/bands', { schema: readBandsSchema, config: { access: { resource: 'compensation-bands', action: 'read' } } }, async (request) => bandsOut(await readBands({ data, runtime }, requestActor(request))));
    app.post('/api/compensation/bands', { schema: importBandsSchema, config: { access: { resource: 'compensation-bands', action: 'write' } } }, async (request) =>
      bandsOut(await importBands({ data, runtime }, requestActor(request), request.body)),
    );
    app.get('/api/cycles/:id/compensation/:person', { schema: readCompensationSchema, config: { access: { resource: 'compensation', action: 'read' } } }, async (request) => {
      const c = await readCompensation({ data, runtime }, requestActor(request), request.params.id, request.params.person);
      return { compensation: c && out(c) };
    });
    app.put('/api/cycles/:id/compensation/:person', { schema: writeCompensationSchema, config: { access: { resource: 'compensation', action: 'write' } } }, async (request) =>
      out(await writeCompensation({ data, runtime }, requestActor(request), request.params.id, request.params.person, request.body.fields)),
    );
  },
};
