/** `/api/cycles`: review cycles — list, create, read, move forward — and their fairness (no-surprises) flags. */
import { createCycle } from '../../../app/reviews/create-cycle.js';
import { listFairnessFlags } from '../../../app/reviews/fairness-flags.js';
import { listCycles, readCycle } from '../../../app/reviews/read-cycles.js';
import { transitionCycle } from '../../../app/reviews/transition-cycle.js';
import { deadlineSteps, type CycleDeadlines, type DeadlineStep } from '../../../core/review/deadlines.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { serialiseRubric } from '../rubrics/route.js';
import { exportParticipants } from '../../../app/reviews/export-participants.js';
import { createCycleSchema, exportParticipantsSchema, flagsSchema, listCyclesSchema, readCycleSchema, transitionCycleSchema } from './schema.js';
import { serialiseCycle, serialiseFlag } from './serialise.js';

const day = (d: string | undefined): number | undefined => (d === undefined ? undefined : Date.parse(`${d}T00:00:00Z`));
const deadlinesOf = (d: Partial<Record<DeadlineStep, string>> | undefined): CycleDeadlines => {
  const out: CycleDeadlines = {};
  for (const step of deadlineSteps) {
    const at = day(d?.[step]);
    if (at !== undefined) out[step] = at;
  }
  return out;
};

const read: RouteAccess = { resource: 'review-cycle', action: 'read' };
const write: RouteAccess = { resource: 'review-cycle', action: 'write' };

export const cycleRoutes: RouteRegistration = {
  area: 'cycles',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/cycles', { schema: listCyclesSchema, config: { access: read } }, async (request) => ({ items: (await listCycles(deps, requestActor(request))).map(serialiseCycle) }));

    app.post('/api/cycles', { schema: createCycleSchema, config: { access: write } }, async (request, reply) => {
      const b = request.body;
      const c = await createCycle(deps, requestActor(request), { kind: b.kind, name: b.name, periodFrom: Date.parse(b.periodFrom), periodTo: Date.parse(b.periodTo), rubric: b.rubric ?? null, ladder: b.ladder ?? null, deadlines: deadlinesOf(b.deadlines) });
      return reply.code(201).send(serialiseCycle(c));
    });

    app.get('/api/cycles/:id', { schema: readCycleSchema, config: { access: read } }, async (request) => {
      const v = await readCycle(deps, requestActor(request), request.params.id);
      return { cycle: serialiseCycle(v.cycle), rubric: v.rubric && serialiseRubric(v.rubric), participants: v.participants, notOpenable: v.notOpenable, leftOut: v.leftOut, completion: v.completion };
    });

    app.get('/api/cycles/:id/participants/export', { schema: exportParticipantsSchema, config: { access: read } }, async (request, reply) => {
      const { name, csv } = await exportParticipants(deps, requestActor(request), request.params.id);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}.csv"`).send(csv);
    });

    app.post('/api/cycles/:id/transition', { schema: transitionCycleSchema, config: { access: write } }, async (request) =>
      serialiseCycle(await transitionCycle(deps, requestActor(request), request.params.id, request.body.to)),
    );

    app.get('/api/cycles/:id/flags', { schema: flagsSchema, config: { access: { resource: 'calibration', action: 'read' } } }, async (request) => ({
      items: (await listFairnessFlags(deps, requestActor(request), request.params.id)).map(serialiseFlag),
    }));
  },
};
