/**
 * A 1:1 as stored: the pair (manager and report person ids), the day it was held, its agenda,
 * the notes shared with the report, and the version of the 1:1 template it was written with.
 * The manager's private notes are not part of it: they are stored and read apart, so nothing
 * that builds the report's view can carry them by accident.
 */
import type { AgendaItem } from './agenda.js';

export interface Meeting {
  id: string;
  manager: string;
  report: string;
  heldOn: string;
  agenda: AgendaItem[];
  sharedNotes: string;
  templateVersion: number;
  createdAt: number;
  createdBy: string | null;
  updatedAt: number;
}

export interface ActionItem {
  id: string;
  manager: string;
  report: string;
  /** The 1:1 it was agreed in. */
  meeting: string;
  text: string;
  /** Person id: the manager or the report. */
  owner: string;
  dueOn: string | null;
  doneAt: number | null;
  createdAt: number;
}

/** What the report sees of the action items: their own. */
export function ownActions(actions: readonly ActionItem[], person: string): ActionItem[] {
  return actions.filter((a) => a.owner === person);
}
