/** `GET /api/home/activity`: the reader's goals, recent evidence, shared ratings and challenges, and per role what else to look at (see app/home/my-activity.ts). */
import { myActivity } from '../../../app/home/my-activity.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso } from '../cycles/serialise.js';
import { homeActivitySchema } from './activity-schema.js';

const day = (ms: number): string => iso(ms).slice(0, 10);

export const homeActivityRoutes: RouteRegistration = {
  area: 'home',
  register(app, { data, runtime }) {
    // Every signed-in reader has a home; each section inside is filtered by the access policy.
    app.get('/api/home/activity', { schema: homeActivitySchema, config: { access: { resource: 'review-cycle', action: 'read' } } }, async (request) => {
      const a = await myActivity({ data, runtime }, requestActor(request));
      return {
        mine:
          a.mine === null
            ? null
            : {
                ...a.mine,
                recentEvidence: a.mine.recentEvidence.map((e) => ({ ...e, date: day(e.date), addedAt: iso(e.addedAt) })),
                challenges: a.mine.challenges.map((c) => ({ ...c, raisedAt: iso(c.raisedAt), answeredAt: c.answeredAt === null ? null : iso(c.answeredAt) })),
              },
        challengesWaiting: a.challengesWaiting.map((c) => ({ ...c, raisedAt: iso(c.raisedAt) })),
        admin: a.admin === null ? null : { ...a.admin, records: a.admin.records.map((r) => ({ ...r, latest: r.latest === null ? null : iso(r.latest) })) },
      };
    });
  },
};
