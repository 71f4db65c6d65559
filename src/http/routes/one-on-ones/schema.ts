/**
 * Schemas of the 1:1 routes. Bodies are typed loosely here and checked field by field in the use
 * case (src/app/one-on-ones), which names each problem. `privateNotes` is null for every reader
 * outside the manager line: the report's view never carries them.
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const day = z.string().describe('A date, YYYY-MM-DD');
const errors = { ...signedInErrors, 404: errorBody, 409: errorBody } as const;

const cadenceState = {
  cadenceDays: count.describe('Days between 1:1s (default 14)'),
  lastHeldOn: day.nullable(),
  dueOn: day.nullable().describe('When the next 1:1 is due; null when none was ever held'),
  overdue: z.boolean().describe('No 1:1 within the cadence plus 3 days of grace (or none ever)'),
  daysOverdue: count,
};

export const reportCadence = z
  .object({ id: z.string(), name: z.string(), team: z.string().nullable(), openActions: count, ...cadenceState })
  .meta({ id: 'ReportCadence', description: 'One of the reader’s direct reports, with the cadence of their 1:1s' });

export const agendaItem = z
  .object({ text: z.string(), source: z.enum(['template', 'carried-over', 'added']), action: z.string().optional().describe('The carried-over action item') })
  .meta({ id: 'AgendaItem' });

export const oneOnOneMeeting = z
  .object({
    id: z.string(),
    heldOn: day,
    agenda: z.array(agendaItem),
    sharedNotes: z.string().describe('Shared with the report'),
    privateNotes: z.string().nullable().describe('The manager’s private notes: the manager line only; null for everyone else'),
    templateVersion: count.describe('The version of the 1:1 agenda template it was written with'),
    createdAt: iso,
  })
  .meta({ id: 'OneOnOneMeeting' });

export const actionItem = z
  .object({
    id: z.string(),
    text: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }),
    ownerRole: z.enum(['manager', 'report']),
    dueOn: day.nullable(),
    done: z.boolean(),
    doneAt: iso.nullable(),
    meeting: z.string(),
  })
  .meta({ id: 'ActionItem' });

const templateSection = z.object({ heading: z.string(), prompt: z.string() });

export const oneOnOnesView = z
  .object({
    report: z.object({ id: z.string(), name: z.string() }),
    manager: z.object({ id: z.string(), name: z.string() }),
    ...cadenceState,
    meetings: z.array(oneOnOneMeeting).describe('Newest first'),
    actions: z.array(actionItem).describe('The manager line sees all; the report sees their own'),
    next: z.object({ agenda: z.array(agendaItem), template: z.object({ version: count, title: z.string(), sections: z.array(templateSection) }) }).nullable().describe('The next 1:1’s agenda, for the manager line'),
    seesPrivate: z.boolean(),
    mayWrite: z.boolean(),
  })
  .meta({ id: 'OneOnOnes' });

export const listReportsSchema = {
  summary: 'The reader’s direct reports with their 1:1 cadence and overdue state (empty for someone without reports)',
  tags: ['one-on-ones'],
  response: { 200: z.object({ items: z.array(reportCadence) }), ...signedInErrors },
};

export const readOneOnOnesSchema = {
  summary: 'The 1:1s of a person with their manager: shared notes and their own action items for the person; everything for the manager line',
  tags: ['one-on-ones'],
  params: idParams,
  response: { 200: oneOnOnesView, ...errors },
};

export const setCadenceSchema = {
  summary: 'Set how often the pair meets (manager line)',
  tags: ['one-on-ones'],
  params: idParams,
  body: z.object({ days: z.number().describe('1 to 90') }),
  response: { 200: z.object({ cadenceDays: count }), ...errors },
};

export const recordOneOnOneSchema = {
  summary: 'Record a 1:1 held (manager line): topics added to the template agenda, shared and private notes, new action items, carried-over items done',
  tags: ['one-on-ones'],
  params: idParams,
  body: z.object({
    heldOn: day,
    topics: z.array(z.string()).optional(),
    sharedNotes: z.string().optional(),
    privateNotes: z.string().optional().describe('Kept for the manager line only'),
    actions: z.array(z.object({ text: z.string(), owner: z.enum(['manager', 'report']), dueOn: day.nullable().optional() })).optional(),
    done: z.array(z.string()).optional().describe('Ids of open action items settled in this 1:1'),
  }),
  response: { 201: z.object({ id: z.string(), heldOn: day, agenda: z.array(agendaItem), templateVersion: count }), ...errors },
};

export const updateNotesSchema = {
  summary: 'Change the shared or private notes of a 1:1 (manager line)',
  tags: ['one-on-ones'],
  params: idParams.extend({ meetingId: z.string().min(1).max(200) }),
  body: z.object({ sharedNotes: z.string().optional(), privateNotes: z.string().optional() }),
  response: { 204: z.null(), ...errors },
};

export const setActionDoneSchema = {
  summary: 'Mark an action item done, or open again (manager line)',
  tags: ['one-on-ones'],
  params: idParams.extend({ actionId: z.string().min(1).max(200) }),
  body: z.object({ done: z.boolean() }),
  response: { 200: actionItem, ...errors },
};
