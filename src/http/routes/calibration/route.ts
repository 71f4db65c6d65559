/**
 * `/api/cycles/:id/calibration…` and `/api/cycles/:id/manager-consistency`: calibration sessions of
 * real cycles (board, prepare, open, lock, checklist, acknowledged flags, audit trail) and the
 * manager consistency prompts for leaders. Rating changes go through the existing calibration
 * route (`…/ratings/:signal/calibration`), which refuses them unless the session is open.
 */
import { acknowledgeSurprise } from '../../../app/calibration/acknowledge-surprise.js';
import { readBoard } from '../../../app/calibration/calibration-board.js';
import { exportCalibrationTrail } from '../../../app/calibration/calibration-audit-trail.js';
import { setChecklistItem } from '../../../app/calibration/calibration-checklist.js';
import { lockCalibration, openCalibration, prepareSession } from '../../../app/calibration/calibration-sessions.js';
import { storedSources } from '../../../app/calibration/manager-consistency-sources.js';
import { readManagerConsistency } from '../../../app/calibration/manager-consistency.js';
import type { CalibrationSession } from '../../../core/calibration/session.js';
import { requestActor } from '../../actor.js';
import type { RouteAccess } from '../../access.js';
import type { RouteRegistration } from '../../types.js';
import { iso, isoOrNull, serialiseCycle, serialiseFlag } from '../cycles/serialise.js';
import { acknowledgeSchema, checklistSchema, managerConsistencySchema, prepareSessionSchema, readBoardSchema, sessionStepSchema, trailSchema } from './schema.js';

const sessionOut = (s: CalibrationSession) => ({ id: s.id, cycle: s.cycle, state: s.state, createdAt: iso(s.createdAt), openedAt: isoOrNull(s.openedAt), lockedAt: isoOrNull(s.lockedAt) });

// The board is for the managers taking part too: the use case knows who they are.
const board: RouteAccess = { resource: 'calibration-session', action: 'read' };
const run: RouteAccess = { resource: 'calibration', action: 'write' };
const lead: RouteAccess = { resource: 'calibration', action: 'read' };

export const calibrationRoutes: RouteRegistration = {
  area: 'calibration',
  register(app, { data, runtime, store }) {
    const deps = { data, runtime };

    app.get('/api/cycles/:id/calibration', { schema: readBoardSchema, config: { access: board } }, async (request) => {
      const v = await readBoard(deps, requestActor(request), request.params.id);
      return {
        cycle: serialiseCycle(v.cycle),
        signals: (v.rubric?.signals ?? []).map((s) => ({ id: s.id, name: s.name })),
        scale: v.rubric?.scale ?? [],
        session: v.session && sessionOut(v.session),
        mayRun: v.mayRun,
        opened: v.opened,
        progress: v.progress,
        hidden: v.hidden,
        people: v.people.map((p) => ({
          ...p,
          ratings: p.ratings.map((x) => ({ ...x, decidedAt: iso(x.decidedAt) })),
          supportPlans: p.supportPlans.map((x) => ({ ...x, createdAt: iso(x.createdAt) })),
          flags: p.flags.map(({ acknowledgement: a, ...f }) => ({ ...serialiseFlag(f), acknowledgement: a && { note: a.note, by: a.by, at: iso(a.at) } })),
        })),
        distributions: v.distributions,
        changes: v.changes.map((c) => ({ id: c.id, person: c.person, personName: c.personName, signal: c.signal, by: c.by, byName: c.byName, from: c.from, to: c.to, reason: c.reason, note: c.note, at: iso(c.at) })),
        questions: v.questions.map((q) => ({ id: q.id, text: q.text })),
      };
    });

    app.post('/api/cycles/:id/calibration', { schema: prepareSessionSchema, config: { access: run } }, async (request, reply) =>
      reply.code(201).send(sessionOut(await prepareSession(deps, requestActor(request), request.params.id))),
    );
    app.post('/api/cycles/:id/calibration/open', { schema: sessionStepSchema('Open the session once the cycle is calibrating: pre-ratings are shown side by side to everyone taking part (calibrators)'), config: { access: run } }, async (request) =>
      sessionOut(await openCalibration(deps, requestActor(request), request.params.id)),
    );
    app.post('/api/cycles/:id/calibration/lock', { schema: sessionStepSchema('Lock the session at the end: no rating changes after it (calibrators)'), config: { access: run } }, async (request) =>
      sessionOut(await lockCalibration(deps, requestActor(request), request.params.id)),
    );

    app.put('/api/cycles/:id/calibration/checklist/:person/:question', { schema: checklistSchema, config: { access: run } }, async (request, reply) => {
      const { id, person, question } = request.params;
      await setChecklistItem(deps, requestActor(request), id, person, question, request.body.checked);
      return reply.code(204).send(null);
    });

    app.post('/api/cycles/:id/flags/:rating/acknowledgement', { schema: acknowledgeSchema, config: { access: run } }, async (request, reply) => {
      const a = await acknowledgeSurprise(deps, requestActor(request), request.params.id, request.params.rating, request.body.note);
      return reply.code(201).send({ rating: a.rating, person: a.person, signal: a.signal, note: a.note, by: a.by, at: iso(a.at) });
    });

    app.get('/api/cycles/:id/calibration/trail', { schema: trailSchema, config: { access: lead } }, async (request, reply) => {
      const { name, csv } = await exportCalibrationTrail(deps, requestActor(request), request.params.id);
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, '_')}.csv"`).send(csv);
    });

    const consistencyDeps = { ...deps, sources: storedSources(store.db, () => runtime.now()) };
    app.get('/api/cycles/:id/manager-consistency', { schema: managerConsistencySchema, config: { access: lead } }, async (request) => {
      const v = await readManagerConsistency(consistencyDeps, requestActor(request), request.params.id);
      return { cycle: serialiseCycle(v.cycle), scale: v.scale, managers: v.managers };
    });
  },
};
