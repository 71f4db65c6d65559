/**
 * `/api/workshops…`: calibration workshops on sample packets. Access is decided in the use cases,
 * which know the round's raters and whether its ratings are revealed.
 */
import { rateSample } from '../../../app/calibration/rate-sample.js';
import { addAnonymisedPacket, addScratchPacket, approvePacket } from '../../../app/calibration/sample-packets.js';
import { closeRound, listRounds, readRound, startRound } from '../../../app/calibration/workshop-rounds.js';
import type { SamplePacket, WorkshopRating, WorkshopRound } from '../../../core/calibration/workshop.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { addPacketSchema, approvePacketSchema, closeRoundSchema, listRoundsSchema, rateSampleSchema, readRoundSchema, startRoundSchema } from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();
const roundOut = (r: WorkshopRound) => ({ id: r.id, title: r.title, signals: r.signals, scale: r.scale, raters: r.raters, createdAt: iso(r.createdAt), closedAt: r.closedAt === null ? null : iso(r.closedAt) });
const packetOut = (p: SamplePacket, facilitator: boolean) => ({ id: p.id, title: p.title, body: p.body, origin: p.origin, removed: facilitator ? p.removed : [], approved: p.approvedAt !== null });
const ratingOut = (r: WorkshopRating) => ({ packet: r.packet, rater: r.rater, signal: r.signal, value: r.value, rationale: r.rationale, at: iso(r.at) });

// The list is open to every account: it shows only the rounds the policy lets each reader see.
const read: RouteAccess = { resource: 'calibration-workshop', action: 'read' };
const facilitate: RouteAccess = { resource: 'calibration-workshop', action: 'write' };
const rate: RouteAccess = { resource: 'workshop-rating', action: 'write' };

export const workshopRoutes: RouteRegistration = {
  area: 'workshops',
  register(app, { data, runtime, store, deliveryCache }) {
    const deps = { data, runtime };
    const packetDeps = { data, runtime, delivery: new DeliveryRepository(store.db), cache: deliveryCache };

    app.get('/api/workshops', { schema: listRoundsSchema, config: { access: 'signed-in' } }, async (request) => ({
      items: (await listRounds(deps, requestActor(request))).map((s) => ({ round: roundOut(s.round), state: s.state, packets: s.packets, alpha: s.alpha })),
    }));

    app.post('/api/workshops', { schema: startRoundSchema, config: { access: facilitate } }, async (request, reply) =>
      reply.code(201).send(roundOut(await startRound(deps, requestActor(request), request.body))),
    );

    app.get('/api/workshops/:id', { schema: readRoundSchema, config: { access: read } }, async (request) => {
      const v = await readRound(deps, requestActor(request), request.params.id);
      return {
        round: roundOut(v.round),
        state: v.state,
        packets: v.packets.map((p) => packetOut(p, v.mayFacilitate)),
        progress: v.progress.map((p) => ({ ...p, name: v.names[p.rater] ?? p.rater })),
        ratings: v.ratings.map(ratingOut),
        results: v.results && { ...v.results.agreement, bySignal: v.results.bySignal, packets: v.results.packets, leniency: v.results.agreement.leniency.map(({ spreadRatio: _s, centralTendency: _c, ...l }) => l) },
        mayFacilitate: v.mayFacilitate,
        mayRate: v.mayRate,
      };
    });

    app.post('/api/workshops/:id/packets', { schema: addPacketSchema, config: { access: facilitate } }, async (request, reply) => {
      const actor = requestActor(request);
      const body = request.body;
      const packet = body.origin === 'scratch' ? await addScratchPacket(packetDeps, actor, request.params.id, body) : await addAnonymisedPacket(packetDeps, actor, request.params.id, body);
      return reply.code(201).send(packetOut(packet, true));
    });

    app.post('/api/workshops/:id/packets/:packet/approve', { schema: approvePacketSchema, config: { access: facilitate } }, async (request, reply) => {
      await approvePacket(packetDeps, requestActor(request), request.params.id, request.params.packet);
      return reply.code(204).send(null);
    });

    // Decided before the body is read: is the reader a rater of this very round?
    const rateExact: RouteAccess = {
      ...rate,
      resourceOf: async (params, actor) => {
        const round = await data.workshops.getRound(params.id ?? '');
        return round && { type: 'workshop-rating', rater: actor.personId ?? '', raters: round.raters, revealed: false };
      },
    };
    app.put('/api/workshops/:id/packets/:packet/ratings/:signal', { schema: rateSampleSchema, config: { access: rateExact } }, async (request) => {
      const { id, packet, signal } = request.params;
      return ratingOut(await rateSample(deps, requestActor(request), id, { packet, signal, ...request.body }));
    });

    app.post('/api/workshops/:id/close', { schema: closeRoundSchema, config: { access: facilitate } }, async (request) => roundOut(await closeRound(deps, requestActor(request), request.params.id)));
  },
};
