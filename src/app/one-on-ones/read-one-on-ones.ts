/**
 * A pair's 1:1s as the reader may see them. The manager line sees everything: cadence, every
 * 1:1 with its shared and private notes, every action item, and the agenda of the next 1:1 (the
 * current 1:1 template plus the open action items carried over). The report sees the shared
 * notes and their own action items — private notes are not even loaded for them.
 */
import type { Actor } from '../../core/access/actor.js';
import { buildAgenda, type AgendaItem } from '../../core/one-on-one/agenda.js';
import { cadenceState, defaultCadenceDays, type CadenceState } from '../../core/one-on-one/cadence.js';
import { ownActions, type ActionItem, type Meeting } from '../../core/one-on-one/meeting.js';
import type { Template } from '../../core/templates/templates.js';
import { actorAccountOf, auditEntry } from '../audit/audit-entry.js';
import { pairOf, type OneOnOneDeps } from './pair.js';

export interface MeetingView extends Meeting {
  /** Null when the reader may not see private notes, or there are none. */
  privateNotes: string | null;
}

export interface OneOnOnesView {
  report: { id: string; name: string };
  manager: { id: string; name: string };
  cadenceDays: number;
  state: CadenceState & { lastHeldOn: string | null };
  meetings: MeetingView[];
  actions: ActionItem[];
  /** The next 1:1's agenda and the template it comes from, for the manager line; null for the report. */
  next: { agenda: AgendaItem[]; template: Template } | null;
  seesPrivate: boolean;
  mayWrite: boolean;
}

export async function readOneOnOnes({ data, runtime }: OneOnOneDeps, actor: Actor, reportId: string): Promise<OneOnOnesView> {
  const pair = await pairOf(data, actor, reportId, 'read');
  const { report, manager } = pair;
  const self = actor.kind === 'account' && actor.personId === report.id;
  return data.transaction(async (r) => {
    const meetings = await r.oneOnOnes.meetings(manager.id, report.id);
    const allActions = (await r.oneOnOnes.actionsOfReport(report.id)).filter((a) => a.manager === manager.id);
    const privateNotes = pair.seesPrivate ? await r.oneOnOnes.privateNotes(meetings.map((m) => m.id)) : new Map<string, string>();
    const cadenceDays = (await r.oneOnOnes.cadence(manager.id, report.id)) ?? defaultCadenceDays;
    const lastHeldOn = meetings[0]?.heldOn ?? null;
    let next: OneOnOnesView['next'] = null;
    if (pair.mayWrite) {
      const template = await r.templates.current('one-on-one-agenda');
      const names = new Map([[report.id, report.name], [manager.id, manager.name]]);
      const open = allActions.filter((a) => a.doneAt === null).map((a) => ({ id: a.id, text: a.text, ownerName: names.get(a.owner) ?? a.owner, dueOn: a.dueOn }));
      next = { agenda: buildAgenda(template, open), template };
    }
    if (!self) {
      await r.audit.append(auditEntry(runtime, actorAccountOf(actor), { action: 'read', resourceType: pair.seesPrivate ? 'one-on-one-private-note' : 'one-on-one-note', resourceId: report.id, subjectPerson: report.id, detail: `${meetings.length} 1:1s with ${manager.name}` }));
    }
    return {
      report: { id: report.id, name: report.name },
      manager: { id: manager.id, name: manager.name },
      cadenceDays,
      state: { ...cadenceState(lastHeldOn, cadenceDays, runtime.now()), lastHeldOn },
      meetings: meetings.map((m) => ({ ...m, privateNotes: privateNotes.get(m.id) ?? null })),
      // The report sees their own action items; the manager line sees them all.
      actions: pair.mayWrite ? allActions : ownActions(allActions, report.id),
      next,
      seesPrivate: pair.seesPrivate,
      mayWrite: pair.mayWrite,
    };
  });
}
