/**
 * `/api/cycles/:id/people/:person/…`: ratings (read, write, calibrate), comments and challenges,
 * and self/manager reviews; `/api/challenges/:id/answer`. Access is decided in the use cases,
 * which know whose rating it is and whether the cycle is shared.
 */
import { calibrateRating } from '../../../app/reviews/calibrate-rating.js';
import { answerChallenge, commentOnRatings } from '../../../app/reviews/comment-on-ratings.js';
import { readRatings } from '../../../app/reviews/read-ratings.js';
import { readReviewWriteups, writeReviewWriteup } from '../../../app/reviews/review-writeups.js';
import { writeRating } from '../../../app/reviews/write-rating.js';
import type { RatingNote } from '../../../core/review/challenges.js';
import type { Rating, RatingChange } from '../../../core/review/ratings.js';
import type { CitedItem } from '../../../app/reviews/cited-evidence.js';
import type { ReviewDraft, ReviewWriteup } from '../../../store/review-writeup-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { iso, serialiseCycle, serialiseFlag } from '../cycles/serialise.js';
import { serialiseRubric } from '../rubrics/route.js';
import { citableEvidence } from '../../../app/reviews/citable-evidence.js';
import { DeliveryRepository } from '../../../store/delivery-repository.js';
import { answerChallengeSchema, citableEvidenceSchema, calibrateRatingSchema, raiseNoteSchema, readRatingsSchema, readWriteupsSchema, writeRatingSchema, writeWriteupSchema } from './schema.js';

const ratingOut = (r: Rating) => ({ id: r.id, person: r.person, signal: r.signal, value: r.value, rationale: r.rationale, evidence: r.evidence, context: r.context, author: r.author, at: iso(r.at), decidedAt: iso(r.decidedAt), firstRatedAt: iso(r.firstRatedAt) });
const citedOut = (c: CitedItem) => ({ id: c.id, title: c.title, date: iso(c.date).slice(0, 10), kind: c.kind });
const changeOut = (c: RatingChange) => ({ id: c.id, rating: c.rating, signal: c.signal, by: c.by, from: c.from, to: c.to, reason: c.reason, note: c.note, at: iso(c.at) });
const noteOut = (n: RatingNote) => ({ id: n.id, person: n.person, signal: n.signal, kind: n.kind, author: n.author, text: n.text, at: iso(n.at), state: n.state, answer: n.answer && { ...n.answer, at: iso(n.answer.at) } });
const writeupOut = (w: ReviewWriteup | ReviewDraft | null) => w && { text: w.text, citations: w.citations, author: w.author, updatedAt: iso(w.updatedAt) };

const ratingRead: RouteAccess = { resource: 'review-rating', action: 'read' };
const ratingWrite: RouteAccess = { resource: 'review-rating', action: 'write' };
const challenge: RouteAccess = { resource: 'rating-challenge', action: 'write' };

export const ratingRoutes: RouteRegistration = {
  area: 'ratings',
  register(app, { data, runtime, store, deliveryCache }) {
    const deps = { data, runtime };
    const delivery = new DeliveryRepository(store.db);
    app.get('/api/cycles/:id/people/:person/evidence', { schema: citableEvidenceSchema, config: { access: { resource: 'review-packet', action: 'read' } } }, async (request) => {
      const v = await citableEvidence({ data, runtime, delivery, cache: deliveryCache }, requestActor(request), request.params.id, request.params.person);
      return { period: { from: iso(v.period.from), to: iso(v.period.to) }, items: v.items };
    });

    app.get('/api/cycles/:id/people/:person/ratings', { schema: readRatingsSchema, config: { access: ratingRead } }, async (request) => {
      const v = await readRatings(deps, requestActor(request), request.params.id, request.params.person);
      return {
        cycle: serialiseCycle(v.cycle),
        person: v.person,
        rubric: v.rubric && serialiseRubric(v.rubric),
        ratings: v.ratings.map(ratingOut),
        changes: v.changes.map(changeOut),
        notes: v.notes.map(noteOut),
        flags: v.flags.map(serialiseFlag),
        cited: v.cited.map(citedOut),
      };
    });

    app.put('/api/cycles/:id/people/:person/ratings/:signal', { schema: writeRatingSchema, config: { access: ratingWrite } }, async (request) => {
      const { id, person, signal } = request.params;
      return ratingOut(await writeRating(deps, requestActor(request), id, { person, signal, ...request.body }));
    });

    app.post('/api/cycles/:id/people/:person/ratings/:signal/calibration', { schema: calibrateRatingSchema, config: { access: { resource: 'calibration', action: 'write' } } }, async (request) => {
      const { id, person, signal } = request.params;
      const r = await calibrateRating(deps, requestActor(request), id, person, signal, request.body);
      return { rating: ratingOut(r.rating), change: changeOut(r.change) };
    });

    app.post('/api/cycles/:id/people/:person/challenges', { schema: raiseNoteSchema, config: { access: challenge } }, async (request, reply) => {
      const note = await commentOnRatings(deps, requestActor(request), request.params.id, request.params.person, request.body);
      return reply.code(201).send(noteOut(note));
    });

    // The challenge's person is known only from the record: looked up so the write is authorised before its body is read.
    const answerAccess = { ...challenge, subject: async (params: Record<string, string>) => (await deps.data.ratingNotes.get(params.id ?? ''))?.person };
    app.post('/api/challenges/:id/answer', { schema: answerChallengeSchema, config: { access: answerAccess } }, async (request) =>
      noteOut(await answerChallenge(deps, requestActor(request), request.params.id, request.body.text)),
    );

    app.get('/api/cycles/:id/people/:person/reviews', { schema: readWriteupsSchema, config: { access: { resource: 'review-packet', action: 'read' } } }, async (request) => {
      const w = await readReviewWriteups(deps, requestActor(request), request.params.id, request.params.person);
      return { self: writeupOut(w.self), manager: writeupOut(w.manager), managerHidden: w.managerHidden, drafts: { self: writeupOut(w.drafts.self), manager: writeupOut(w.drafts.manager) }, cited: w.cited.map(citedOut), mayWrite: w.mayWrite };
    });

    app.put('/api/cycles/:id/people/:person/reviews/:kind', { schema: writeWriteupSchema, config: { access: { resource: 'review-packet', action: 'write' } } }, async (request) => {
      const { id, person, kind } = request.params;
      const w = await writeReviewWriteup(deps, requestActor(request), id, person, kind, request.body);
      return { text: w.text, citations: w.citations, author: w.author, updatedAt: iso(w.updatedAt), draft: request.body.draft };
    });
  },
};
