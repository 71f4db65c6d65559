/**
 * Feedback kinds over HTTP (docs/feedback.md): requests for peer and upward feedback (asked by
 * the person or their manager line, bounded), the asked colleague's writing context and answer,
 * manager/self/praise feedback, a person's received feedback, and the peer bound setting.
 */
import { attributionPolicy, feedbackKinds } from '../../../core/feedback/kinds.js';
import { answerFeedbackRequest } from '../../../app/feedback/answer-request.js';
import { myOpenRequests, requestsAbout, type RequestView } from '../../../app/feedback/list-requests.js';
import { readPeerRequestLimit, setPeerRequestLimit } from '../../../app/feedback/peer-request-limit.js';
import { receivedFeedback, type ReceivedFeedback } from '../../../app/feedback/read-feedback.js';
import { requestFeedback } from '../../../app/feedback/request-feedback.js';
import { writeFeedback } from '../../../app/feedback/write-feedback.js';
import { writingContext } from '../../../app/feedback/writing-context.js';
import { citedItems } from '../../../app/reviews/cited-evidence.js';
import type { FeedbackEntry } from '../../../store/review-feedback-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso, isoOrNull } from '../cycles/serialise.js';
import { answerSchema, createRequestsSchema, listRequestsSchema, openRequestsSchema, peerLimitSchema, receivedSchema, writeEntrySchema, writingContextSchema } from './kinds-schema.js';

const day = (ms: number) => iso(ms).slice(0, 10);
const request = ({ requestedBy: _by, ...q }: RequestView) => ({ ...q, createdAt: iso(q.createdAt), answeredAt: isoOrNull(q.answeredAt), due: isoOrNull(q.due) });
const entry = ({ author: _a, requestGroup: _g, citations: _c, ...e }: ReceivedFeedback) => ({ ...e, cited: e.cited.map((c) => ({ ...c, date: day(c.date) })), sharedAt: isoOrNull(e.sharedAt), createdAt: iso(e.createdAt) });

export const feedbackKindRoutes: RouteRegistration = {
  area: 'feedback',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    /** A just-written entry as the writer sees it: their own name is known to them, cited items resolved. */
    const written = async (e: FeedbackEntry, authorName: string | null) => entry({ ...e, authorName: e.anonymous ? null : authorName, cited: await citedItems(data, e.person, e.citations) });
    const nameOf = async (accountId: string | null) => (accountId ? ((await data.accounts.get(accountId))?.name ?? null) : null);

    app.get('/api/people/:id/feedback-requests', { schema: listRequestsSchema, config: { access: { resource: 'feedback-request', action: 'read' } } }, async (req) => {
      const r = await requestsAbout(deps, requestActor(req), req.params.id, req.query.cycle);
      return { items: r.requests.map(request), used: r.used, limit: r.limit };
    });
    app.post('/api/people/:id/feedback-requests', { schema: createRequestsSchema, config: { access: { resource: 'feedback-request', action: 'write' } } }, async (req, reply) => {
      const actor = requestActor(req);
      await requestFeedback(deps, actor, req.params.id, req.body);
      const r = await requestsAbout(deps, actor, req.params.id, req.body.cycle);
      return reply.code(201).send({ items: r.requests.map(request), used: r.used, limit: r.limit });
    });
    app.get('/api/feedback/requests/open', { schema: openRequestsSchema, config: { access: { resource: 'feedback', action: 'write' } } }, async (req) => ({
      items: (await myOpenRequests(deps, requestActor(req))).map(request),
    }));
    app.get('/api/feedback/requests/:id', { schema: writingContextSchema, config: { access: { resource: 'feedback', action: 'write' } } }, async (req) => {
      const c = await writingContext(deps, requestActor(req), req.params.id);
      const view: RequestView = { ...c.request, subjectName: c.subject.name, writerName: '', cycleName: c.cycle.name, due: c.cycle.due };
      view.writerName = (await data.org.getPerson(c.request.writer))?.name ?? c.request.writer;
      return { request: request(view), policy: { ...c.policy, visibilities: [...c.policy.visibilities] }, groupSize: c.groupSize, anonymousAllowed: c.anonymousAllowed, evidence: c.evidence.map((i) => ({ ...i, date: day(i.date) })), signals: c.signals };
    });
    app.post('/api/feedback/requests/:id/answer', { schema: answerSchema, config: { access: { resource: 'feedback', action: 'write' } } }, async (req, reply) => {
      const actor = requestActor(req);
      const e = await answerFeedbackRequest(deps, actor, req.params.id, req.body);
      return reply.code(201).send(await written(e, await nameOf(e.author)));
    });
    app.post('/api/people/:id/feedback/entries', { schema: writeEntrySchema, config: { access: { resource: 'feedback', action: 'write' } } }, async (req, reply) => {
      const e = await writeFeedback(deps, requestActor(req), req.params.id, req.body);
      return reply.code(201).send(await written(e, await nameOf(e.author)));
    });
    app.get('/api/people/:id/feedback/received', { schema: receivedSchema, config: { access: { resource: 'feedback', action: 'read' } } }, async (req) => {
      const r = await receivedFeedback(deps, requestActor(req), req.params.id);
      return { person: r.person, items: r.items.map(entry), withheld: r.withheld, includesPrivate: r.includesPrivate, policies: feedbackKinds.map((k) => ({ ...attributionPolicy(k), visibilities: [...attributionPolicy(k).visibilities] })) };
    });
    app.get('/api/settings/peer-feedback-limit', { schema: peerLimitSchema.get, config: { access: { resource: 'settings', action: 'read' } } }, async () => ({ limit: await readPeerRequestLimit(data) }));
    app.put('/api/settings/peer-feedback-limit', { schema: peerLimitSchema.put, config: { access: { resource: 'settings', action: 'write' } } }, async (req) => ({
      limit: await setPeerRequestLimit(deps, requestActor(req), req.body.limit),
    }));
  },
};
