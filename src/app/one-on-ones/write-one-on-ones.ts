/**
 * The manager line's writes on a 1:1 pair: the cadence, a 1:1 held (agenda, shared and private
 * notes, new action items, carried-over items marked done — all in one transaction with its
 * audit entry), a later edit of its notes, and an action item marked done or open again.
 */
import { z } from 'zod';
import type { Actor } from '../../core/access/actor.js';
import { zodProblems } from '../../core/evidence/index.js';
import { buildAgenda } from '../../core/one-on-one/agenda.js';
import { cadenceProblem, isoDay } from '../../core/one-on-one/cadence.js';
import type { ActionItem, Meeting } from '../../core/one-on-one/meeting.js';
import { TrellisError } from '../../errors.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { badInput } from '../living-document/subject.js';
import { isoDate } from './iso-date.js';
import { newId } from '../runtime.js';
import { pairOf, type OneOnOneDeps } from './pair.js';

const notes = z.string().max(20_000, 'must be at most 20000 characters');
const text = z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters');

const actionInput = z.strictObject({ text, owner: z.enum(['manager', 'report'], { message: 'must be "manager" or "report"' }), dueOn: isoDate.nullable().default(null) });

const meetingInput = z.strictObject({
  heldOn: isoDate,
  /** Topics added to the template's agenda for this 1:1. */
  topics: z.array(text).max(30, 'must have at most 30 topics').default([]),
  sharedNotes: notes.default(''),
  privateNotes: notes.default(''),
  actions: z.array(actionInput).max(30, 'must have at most 30 action items').default([]),
  /** Carried-over action items settled in this 1:1. */
  done: z.array(z.string().min(1).max(100)).max(100).default([]),
});

const notesInput = z.strictObject({ sharedNotes: notes.optional(), privateNotes: notes.optional() });

function parse<T>(schema: z.ZodType<T>, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw badInput(what, zodProblems(parsed.error));
  return parsed.data;
}

export async function setCadence({ data, runtime }: OneOnOneDeps, actor: Actor, reportId: string, input: unknown): Promise<{ cadenceDays: number }> {
  const pair = await pairOf(data, actor, reportId, 'write');
  const { days } = parse(z.strictObject({ days: z.number({ message: 'must be a number of days' }) }), input, 'cadence');
  const problem = cadenceProblem(days);
  if (problem) throw badInput('cadence', [{ field: 'days', message: problem }]);
  await data.transaction(async (r) => {
    await r.oneOnOnes.setCadence(pair.manager.id, pair.report.id, days, runtime.now(), actorAccountOf(actor));
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'one-on-one-note', resourceId: pair.report.id, subjectPerson: pair.report.id, detail: `1:1 cadence every ${days} days` }));
  });
  return { cadenceDays: days };
}

export async function recordOneOnOne({ data, runtime }: OneOnOneDeps, actor: Actor, reportId: string, input: unknown): Promise<Meeting> {
  const pair = await pairOf(data, actor, reportId, 'write');
  const m = parse(meetingInput, input, '1:1');
  const today = isoDay(runtime.now());
  if (m.heldOn > today) throw badInput('1:1', [{ field: 'heldOn', message: `must not be after today (${today}): record a 1:1 once it is held` }]);
  const at = runtime.now();
  const by = actorAccountOf(actor);
  return data.transaction(async (r) => {
    const open = (await r.oneOnOnes.actionsOfReport(pair.report.id)).filter((a) => a.manager === pair.manager.id && a.doneAt === null);
    const unknown = m.done.filter((id) => !open.some((a) => a.id === id));
    if (unknown.length > 0) throw badInput('1:1', unknown.map((id) => ({ field: 'done', message: `"${id}" is not an open action item of this 1:1 pair` })));
    const template = await r.templates.current('one-on-one-agenda');
    const names = new Map([[pair.report.id, pair.report.name], [pair.manager.id, pair.manager.name]]);
    const agenda = buildAgenda(template, open.map((a) => ({ id: a.id, text: a.text, ownerName: names.get(a.owner) ?? a.owner, dueOn: a.dueOn })), m.topics);
    const meeting: Meeting = { id: newId(runtime), manager: pair.manager.id, report: pair.report.id, heldOn: m.heldOn, agenda, sharedNotes: m.sharedNotes, templateVersion: template.version, createdAt: at, createdBy: by, updatedAt: at };
    await r.oneOnOnes.insertMeeting(meeting);
    if (m.privateNotes.trim() !== '') await r.oneOnOnes.setPrivateNote(meeting.id, m.privateNotes, at);
    for (const id of m.done) await r.oneOnOnes.setActionDone(id, at);
    for (const [i, a] of m.actions.entries()) {
      // One millisecond apart: items list in the order they were agreed (creation time orders them).
      const item: ActionItem = { id: newId(runtime), manager: pair.manager.id, report: pair.report.id, meeting: meeting.id, text: a.text, owner: a.owner === 'manager' ? pair.manager.id : pair.report.id, dueOn: a.dueOn, doneAt: null, createdAt: at + i };
      await r.oneOnOnes.insertAction(item);
    }
    const detail = `1:1 of ${m.heldOn}: ${m.actions.length} new action items, ${m.done.length} done${m.privateNotes.trim() !== '' ? ', private notes' : ''}`;
    await r.audit.append(auditEntry(runtime, by, { action: 'create', resourceType: 'one-on-one-note', resourceId: meeting.id, subjectPerson: pair.report.id, detail }));
    return meeting;
  });
}

export async function updateOneOnOneNotes({ data, runtime }: OneOnOneDeps, actor: Actor, reportId: string, meetingId: string, input: unknown): Promise<void> {
  const pair = await pairOf(data, actor, reportId, 'write');
  const patch = parse(notesInput, input, '1:1 notes');
  const at = runtime.now();
  await data.transaction(async (r) => {
    const meeting = await r.oneOnOnes.getMeeting(meetingId);
    if (!meeting || meeting.report !== pair.report.id) throw new TrellisError('NOT_FOUND', `No 1:1 "${meetingId}" with ${pair.report.name}.`);
    if (patch.sharedNotes !== undefined) await r.oneOnOnes.updateSharedNotes(meeting.id, patch.sharedNotes, at);
    if (patch.privateNotes !== undefined) await r.oneOnOnes.setPrivateNote(meeting.id, patch.privateNotes.trim() === '' ? '' : patch.privateNotes, at);
    const what = [patch.sharedNotes !== undefined ? 'shared notes' : null, patch.privateNotes !== undefined ? 'private notes' : null].filter(Boolean).join(' and ');
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'one-on-one-note', resourceId: meeting.id, subjectPerson: pair.report.id, detail: `1:1 of ${meeting.heldOn}: ${what || 'nothing'}` }));
  });
}

export async function setActionDone({ data, runtime }: OneOnOneDeps, actor: Actor, reportId: string, actionId: string, input: unknown): Promise<ActionItem> {
  const pair = await pairOf(data, actor, reportId, 'write');
  const { done } = parse(z.strictObject({ done: z.boolean({ message: 'must be true or false' }) }), input, 'action item');
  const at = runtime.now();
  return data.transaction(async (r) => {
    const action = await r.oneOnOnes.getAction(actionId);
    if (!action || action.report !== pair.report.id) throw new TrellisError('NOT_FOUND', `No action item "${actionId}" in ${pair.report.name}'s 1:1s.`);
    const doneAt = done ? (action.doneAt ?? at) : null;
    await r.oneOnOnes.setActionDone(action.id, doneAt);
    await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'update', resourceType: 'one-on-one-note', resourceId: action.id, subjectPerson: pair.report.id, detail: `action item ${done ? 'done' : 'open again'}` }));
    return { ...action, doneAt };
  });
}
