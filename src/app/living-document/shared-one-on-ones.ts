/**
 * The "From 1:1s" section of a living document: the notes of the person's 1:1s that were shared
 * with them, read-only. Built from `meetingsOfReport`, which never selects private notes — the
 * manager's private thinking stays on the 1:1 page of the manager line, even for readers who
 * may see it there. Who may read the section is the policy's answer for shared 1:1 notes.
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { Repositories } from '../../store/data-access.js';

export interface SharedOneOnOneNote {
  meeting: string;
  heldOn: string;
  manager: { id: string; name: string };
  text: string;
}

export type SharedOneOnOnes = { visible: true; items: SharedOneOnOneNote[] } | { visible: false; reason: string; items: [] };

/** The newest shared notes shown; the whole history stays on the 1:1 page. */
export const SHARED_ONE_ON_ONES_SHOWN = 20;

export async function sharedOneOnOnes(r: Repositories, actor: Actor, personId: string): Promise<SharedOneOnOnes> {
  const decision = can(actor, 'read', { type: 'one-on-one-note', person: personId });
  if (!decision.allowed) return { visible: false, reason: decision.reason, items: [] };
  const meetings = (await r.oneOnOnes.meetingsOfReport(personId)).filter((m) => m.sharedNotes.trim() !== '').slice(0, SHARED_ONE_ON_ONES_SHOWN);
  const names = new Map<string, string>();
  for (const id of new Set(meetings.map((m) => m.manager))) names.set(id, (await r.org.getPerson(id))?.name ?? id);
  return { visible: true, items: meetings.map((m) => ({ meeting: m.id, heldOn: m.heldOn, manager: { id: m.manager, name: names.get(m.manager) ?? m.manager }, text: m.sharedNotes })) };
}
