/** `GET|POST /api/people/:id/feedback`: feedback shared with a person, which the no-surprises check reads. */
import { listSharedFeedback, shareFeedback } from '../../../app/reviews/shared-feedback.js';
import type { SharedFeedback } from '../../../store/review-feedback-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso, isoOrNull } from '../cycles/serialise.js';
import { listFeedbackSchema, shareFeedbackSchema } from './schema.js';

const out = (f: SharedFeedback) => ({ ...f, sharedAt: isoOrNull(f.sharedAt), createdAt: iso(f.createdAt) });

export const feedbackRoutes: RouteRegistration = {
  area: 'feedback',
  register(app, { data, runtime }) {
    app.get('/api/people/:id/feedback', { schema: listFeedbackSchema, config: { access: { resource: 'living-document', action: 'read' } } }, async (request) => ({
      items: (await listSharedFeedback({ data, runtime }, requestActor(request), request.params.id)).map(out),
    }));
    app.post('/api/people/:id/feedback', { schema: shareFeedbackSchema, config: { access: { resource: 'living-document', action: 'write' } } }, async (request, reply) =>
      reply.code(201).send(out(await shareFeedback({ data, runtime }, requestActor(request), request.params.id, request.body))),
    );
  },
};
