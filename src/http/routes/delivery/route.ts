/**
 * `GET /api/delivery/services/:id`, `/api/delivery/teams/:id`, `/api/delivery/org`: the five
 * delivery metrics with tiers and weekly trend; `…/events?list=` pages through the events behind
 * any figure (the drill-down). There is no person route, on purpose (a guardrail test walks the
 * inventory for one).
 */
import type { z } from 'zod';
import { compareDelivery } from '../../../app/delivery/compare-delivery.js';
import { deliveryFigures, type DeliveryDeps, type DeliveryReport, type DeliveryScope } from '../../../app/delivery/delivery-figures.js';
import { describedEventPage } from '../../../app/delivery/delivery-events.js';
import { serviceEvidenceMarkers } from '../../../app/delivery/evidence-markers.js';
import { orgTeamTrends } from '../../../app/delivery/org-team-trends.js';
import { outcomeLinkedEvidence } from '../../../store/evidence-markers.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import { EventDetailsRepository } from '../../../store/event-details-repository.js';
import { requestActor } from '../../actor.js';
import { sendSerialised, serialiserOf } from '../../cached-json.js';
import type { RouteAccess } from '../../access.js';
import type { RouteDeps, RouteRegistration } from '../../types.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  compareQuery,
  deliveryQuery,
  deliveryReport,
  eventsQuery,
  orgDeliverySchema,
  orgEventsSchema,
  orgTeamTrendsSchema,
  serviceEvidenceMarkersSchema,
  serviceCompareSchema,
  serviceDeliverySchema,
  serviceEventsSchema,
  teamCompareSchema,
  teamDeliverySchema,
  teamEventsSchema,
} from './schema.js';

const access: RouteAccess = { resource: 'team-delivery', action: 'read' };
const serialisedReport = serialiserOf<DeliveryReport>(deliveryReport, '/api/delivery/:scope');

/** The delivery use cases' dependencies, with the server's report cache. */
const useCaseDeps = (deps: RouteDeps): DeliveryDeps => ({
  delivery: new DeliveryRepository(deps.store.db),
  org: deps.org,
  runtime: deps.runtime,
  cache: deps.deliveryCache,
  pool: deps.reportPool,
});

async function figures(deps: RouteDeps, request: FastifyRequest, reply: FastifyReply, scope: DeliveryScope, q: z.infer<typeof deliveryQuery>) {
  const report = await deliveryFigures(useCaseDeps(deps), requestActor(request), {
    scope,
    environment: q.env,
    from: q.from === undefined ? undefined : Date.parse(q.from),
    to: q.to === undefined ? undefined : Date.parse(q.to),
    report: Number(q.report) as 2023 | 2024,
    includeMerges: q.includeMerges === 'true',
  });
  // Already-serialised JSON, checked against the schema once per cached report (see cached-json.ts).
  return sendSerialised(request, reply, serialisedReport(report));
}

/** A page of the events behind one figure, from the same (cached) report as the figures. */
async function events(deps: RouteDeps, request: FastifyRequest, scope: DeliveryScope, q: z.infer<typeof eventsQuery>) {
  const report = await deliveryFigures(useCaseDeps(deps), requestActor(request), {
    scope,
    environment: q.env,
    from: q.from === undefined ? undefined : Date.parse(q.from),
    to: q.to === undefined ? undefined : Date.parse(q.to),
    includeMerges: q.includeMerges === 'true',
    detail: 'events',
  });
  return describedEventPage(new EventDetailsRepository(deps.store.db), report.metrics, q.list, q.offset, q.limit);
}

function comparison(deps: RouteDeps, request: FastifyRequest, scope: Exclude<DeliveryScope, { kind: 'org' }>, q: z.infer<typeof compareQuery>) {
  return compareDelivery(useCaseDeps(deps), requestActor(request), {
    scope,
    t: Date.parse(q.t),
    windowDays: q.windowDays,
    environment: q.env,
  });
}

export const deliveryRoutes: RouteRegistration = {
  area: 'delivery',
  register(app, deps) {
    app.get('/api/delivery/services/:id', { schema: serviceDeliverySchema, config: { access } }, (request, reply) =>
      figures(deps, request, reply, { kind: 'service', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/teams/:id', { schema: teamDeliverySchema, config: { access } }, (request, reply) =>
      figures(deps, request, reply, { kind: 'team', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/services/:id/compare', { schema: serviceCompareSchema, config: { access } }, (request) =>
      comparison(deps, request, { kind: 'service', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/teams/:id/compare', { schema: teamCompareSchema, config: { access } }, (request) =>
      comparison(deps, request, { kind: 'team', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/org', { schema: orgDeliverySchema, config: { access } }, (request, reply) => figures(deps, request, reply, { kind: 'org' }, request.query));
    app.get('/api/delivery/services/:id/events', { schema: serviceEventsSchema, config: { access } }, (request) =>
      events(deps, request, { kind: 'service', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/teams/:id/events', { schema: teamEventsSchema, config: { access } }, (request) =>
      events(deps, request, { kind: 'team', id: request.params.id }, request.query),
    );
    app.get('/api/delivery/org/teams', { schema: orgTeamTrendsSchema, config: { access } }, (request) =>
      orgTeamTrends(useCaseDeps(deps), requestActor(request), {
        environment: request.query.env,
        from: request.query.from === undefined ? undefined : Date.parse(request.query.from),
        to: request.query.to === undefined ? undefined : Date.parse(request.query.to),
      }),
    );
    app.get('/api/delivery/services/:id/evidence', { schema: serviceEvidenceMarkersSchema, config: { access } }, (request) =>
      serviceEvidenceMarkers({ data: deps.data, runtime: deps.runtime, evidenceOn: (target, id) => outcomeLinkedEvidence(deps.store.db, target, id) }, requestActor(request), request.params.id),
    );
    app.get('/api/delivery/org/events', { schema: orgEventsSchema, config: { access } }, (request) => events(deps, request, { kind: 'org' }, request.query));
  },
};
