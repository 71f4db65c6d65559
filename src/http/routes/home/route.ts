/** `GET /api/home`: what needs doing for the reader, per role (see app/home/what-needs-doing.ts). */
import { whatNeedsDoing } from '../../../app/home/what-needs-doing.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { iso, serialiseCycle } from '../cycles/serialise.js';
import { homeSchema } from './schema.js';

export const homeRoutes: RouteRegistration = {
  area: 'home',
  register(app, { data, runtime }) {
    // Every signed-in reader has a home; each section inside is filtered by the access policy.
    app.get('/api/home', { schema: homeSchema, config: { access: { resource: 'review-cycle', action: 'read' } } }, async (request) => {
      const t = await whatNeedsDoing({ data, runtime }, requestActor(request));
      return {
        own: t.own.map((o) => ({ cycle: serialiseCycle(o.cycle), selfReview: o.selfReview })),
        reports: t.reports.map((r) => ({ cycle: serialiseCycle(r.cycle), signals: r.signals, people: r.people })),
        progress: t.progress.map((p) => ({
          cycle: serialiseCycle(p.cycle),
          total: p.total,
          teams: p.teams,
          flagged: p.flagged,
          behind: { ...p.behind, due: p.behind.due === null ? null : iso(p.behind.due).slice(0, 10) },
        })),
        compensation: t.compensation.map((c) => ({ cycle: serialiseCycle(c.cycle), people: c.people, withoutProposal: c.withoutProposal })),
        setupLeft: t.setupLeft,
        overdueOneOnOnes: t.overdueOneOnOnes,
        feedback: {
          toWrite: t.feedback.toWrite.map(({ requestedBy: _by, ...q }) => ({ ...q, createdAt: iso(q.createdAt), answeredAt: q.answeredAt === null ? null : iso(q.answeredAt), due: q.due === null ? null : iso(q.due) })),
          received: t.feedback.received && { ...t.feedback.received, recent: t.feedback.received.recent.map((r) => ({ ...r, at: iso(r.at) })) },
        },
      };
    });
  },
};
