/** `/api/people/:id/support-plans…`: thin shells over src/app/support-plans (policy, audit, the notification seam). */
import { addSupportPlanCheckIn, createSupportPlan, listSupportPlans, updateSupportPlan, type SupportPlanDeps } from '../../../app/support-plans/support-plans.js';
import type { SupportPlan } from '../../../core/support-plan/support-plan.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { addCheckInSchema, createPlanSchema, listPlansSchema, updatePlanSchema } from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();
const read = { resource: 'support-plan', action: 'read' } as const;
const write = { resource: 'support-plan', action: 'write' } as const;

export const planOut = (p: SupportPlan) => ({
  id: p.id,
  person: p.person,
  signal: p.signal,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  expectations: p.expectations,
  support: p.support,
  outcome: p.outcome,
  outcomeNote: p.outcomeNote,
  templateVersion: p.templateVersion,
  createdAt: iso(p.createdAt),
  updatedAt: iso(p.updatedAt),
  checkIns: p.checkIns.map((c) => ({ id: c.id, heldOn: c.heldOn, note: c.note, createdAt: iso(c.createdAt) })),
});

export const supportPlanRoutes: RouteRegistration = {
  area: 'support-plans',
  register(app, { data, runtime }) {
    const deps: SupportPlanDeps = { data, runtime };
    app.get('/api/people/:id/support-plans', { schema: listPlansSchema, config: { access: read } }, async (request) => {
      const v = await listSupportPlans(deps, requestActor(request), request.params.id);
      return { person: v.person, items: v.plans.map(planOut), mayWrite: v.mayWrite };
    });
    app.post('/api/people/:id/support-plans', { schema: createPlanSchema, config: { access: write } }, async (request, reply) =>
      reply.code(201).send(planOut(await createSupportPlan(deps, requestActor(request), request.params.id, request.body))),
    );
    app.put('/api/people/:id/support-plans/:planId', { schema: updatePlanSchema, config: { access: write } }, async (request) =>
      planOut(await updateSupportPlan(deps, requestActor(request), request.params.id, request.params.planId, request.body)),
    );
    app.post('/api/people/:id/support-plans/:planId/check-ins', { schema: addCheckInSchema, config: { access: write } }, async (request, reply) =>
      reply.code(201).send(planOut(await addSupportPlanCheckIn(deps, requestActor(request), request.params.id, request.params.planId, request.body))),
    );
  },
};
