/** `GET /api/rubrics`, `POST /api/rubrics`: the review signals, read by everyone and published by calibrators. */
import { publishRubric } from '../../../app/reviews/publish-rubric.js';
import { readRubric } from '../../../app/reviews/read-rubric.js';
import type { StoredRubric } from '../../../store/review-rubric-repository.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { publishRubricSchema, readRubricSchema } from './schema.js';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

export const serialiseRubric = (r: StoredRubric) => ({ ...r, publishedAt: iso(r.publishedAt), publishedBy: r.publishedBy });

export const rubricRoutes: RouteRegistration = {
  area: 'rubrics',
  register(app, { data, runtime }) {
    app.get('/api/rubrics', { schema: readRubricSchema, config: { access: { resource: 'rubric', action: 'read' } } }, async (request) => {
      const { id, version } = request.query;
      const v = await readRubric({ data, runtime }, requestActor(request), { ...(id === undefined ? {} : { id }), ...(version === undefined ? {} : { version }) });
      return { rubric: serialiseRubric(v.rubric), versions: v.versions, announcements: v.announcements.map((a) => ({ id: a.id, version: a.version, at: iso(a.at)!, by: a.by, changes: a.changes })) };
    });

    app.post('/api/rubrics', { schema: publishRubricSchema, config: { access: { resource: 'rubric', action: 'write' } } }, async (request, reply) => {
      const b = request.body;
      const signals = b.signals.map((s) => ({ ...s, ...(s.weight === undefined ? {} : { weight: s.weight }) }));
      const { rubric, changes } = await publishRubric({ data, runtime }, requestActor(request), { name: b.name, signals, scale: b.scale }, b.id);
      return reply.code(201).send({ rubric: serialiseRubric(rubric), changes });
    });
  },
};
