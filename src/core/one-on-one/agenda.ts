/**
 * A 1:1's agenda: the headings of the 1:1 template (the version in force when the meeting is
 * written), then every action item still open from earlier 1:1s of the pair — carried over until
 * someone marks it done, so nothing agreed quietly disappears.
 */
import type { TemplateContent } from '../templates/templates.js';

export interface AgendaItem {
  text: string;
  /** `template`: a heading of the 1:1 template; `carried-over`: an open action item; `added`: typed in for this 1:1. */
  source: 'template' | 'carried-over' | 'added';
  /** The action item carried over, for `carried-over`. */
  action?: string;
}

export interface OpenAction {
  id: string;
  text: string;
  ownerName: string;
  dueOn: string | null;
}

export function buildAgenda(template: Pick<TemplateContent, 'sections'>, open: readonly OpenAction[], added: readonly string[] = []): AgendaItem[] {
  return [
    ...template.sections.map((s): AgendaItem => ({ text: s.heading, source: 'template' })),
    ...open.map((a): AgendaItem => ({ text: `${a.text} (${a.ownerName}${a.dueOn ? `, due ${a.dueOn}` : ''})`, source: 'carried-over', action: a.id })),
    ...added.map((t) => t.trim()).filter((t) => t !== '').map((text): AgendaItem => ({ text, source: 'added' })),
  ];
}
