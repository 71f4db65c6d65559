/**
 * `/api/one-on-ones` (the reader's reports and their cadence) and `/api/people/:id/one-on-ones…`
 * (a pair's 1:1s, cadence, notes and action items). Thin: the use cases ask the policy — private
 * notes need `one-on-one-private-note`, which only the manager line holds — and audit.
 */
import { listReportCadences } from '../../../app/one-on-ones/list-reports.js';
import { readOneOnOnes } from '../../../app/one-on-ones/read-one-on-ones.js';
import { recordOneOnOne, setActionDone, setCadence, updateOneOnOneNotes } from '../../../app/one-on-ones/write-one-on-ones.js';
import type { ActionItem } from '../../../core/one-on-one/meeting.js';
import { requestActor } from '../../actor.js';
import type { RouteRegistration } from '../../types.js';
import { listReportsSchema, readOneOnOnesSchema, recordOneOnOneSchema, setActionDoneSchema, setCadenceSchema, updateNotesSchema } from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();
const read = { resource: 'one-on-one-note', action: 'read' } as const;
const write = { resource: 'one-on-one-note', action: 'write' } as const;

const actionOut = (a: ActionItem, names: Map<string, string>) => ({
  id: a.id,
  text: a.text,
  owner: { id: a.owner, name: names.get(a.owner) ?? a.owner },
  ownerRole: a.owner === a.report ? ('report' as const) : ('manager' as const),
  dueOn: a.dueOn,
  done: a.doneAt !== null,
  doneAt: a.doneAt === null ? null : iso(a.doneAt),
  meeting: a.meeting,
});

export const oneOnOneRoutes: RouteRegistration = {
  area: 'one-on-ones',
  register(app, { data, runtime }) {
    const deps = { data, runtime };
    app.get('/api/one-on-ones', { schema: listReportsSchema, config: { access: 'signed-in' } }, async (request) => ({ items: await listReportCadences(deps, requestActor(request)) }));

    app.get('/api/people/:id/one-on-ones', { schema: readOneOnOnesSchema, config: { access: read } }, async (request) => {
      const v = await readOneOnOnes(deps, requestActor(request), request.params.id);
      const names = new Map([[v.report.id, v.report.name], [v.manager.id, v.manager.name]]);
      return {
        report: v.report,
        manager: v.manager,
        cadenceDays: v.cadenceDays,
        lastHeldOn: v.state.lastHeldOn,
        dueOn: v.state.dueOn,
        overdue: v.state.overdue,
        daysOverdue: v.state.daysOverdue,
        meetings: v.meetings.map((m) => ({ id: m.id, heldOn: m.heldOn, agenda: m.agenda, sharedNotes: m.sharedNotes, privateNotes: m.privateNotes, templateVersion: m.templateVersion, createdAt: iso(m.createdAt) })),
        actions: v.actions.map((a) => actionOut(a, names)),
        next: v.next && { agenda: v.next.agenda, template: { version: v.next.template.version, title: v.next.template.title, sections: v.next.template.sections } },
        seesPrivate: v.seesPrivate,
        mayWrite: v.mayWrite,
      };
    });

    app.put('/api/people/:id/one-on-ones/cadence', { schema: setCadenceSchema, config: { access: write } }, (request) => setCadence(deps, requestActor(request), request.params.id, request.body));

    app.post('/api/people/:id/one-on-ones', { schema: recordOneOnOneSchema, config: { access: write } }, async (request, reply) => {
      const m = await recordOneOnOne(deps, requestActor(request), request.params.id, request.body);
      return reply.code(201).send({ id: m.id, heldOn: m.heldOn, agenda: m.agenda, templateVersion: m.templateVersion });
    });

    app.put('/api/people/:id/one-on-ones/:meetingId/notes', { schema: updateNotesSchema, config: { access: write } }, async (request, reply) => {
      await updateOneOnOneNotes(deps, requestActor(request), request.params.id, request.params.meetingId, request.body);
      return reply.code(204).send(null);
    });

    app.put('/api/people/:id/one-on-one-actions/:actionId', { schema: setActionDoneSchema, config: { access: write } }, async (request) => {
      const a = await setActionDone(deps, requestActor(request), request.params.id, request.params.actionId, request.body);
      const [report, manager] = await Promise.all([data.org.getPerson(a.report), data.org.getPerson(a.manager)]);
      return actionOut(a, new Map([[a.report, report?.name ?? a.report], [a.manager, manager?.name ?? a.manager]]));
    });
  },
};
