/**
 * Evidence templates: the prompts an engineer sees when adding an evidence item. Chosen once in
 * first-run setup so every living document in the organisation asks the same questions — which
 * is what makes packets comparable in calibration. Data, not code: an organisation can add its own.
 */

export interface EvidenceTemplate {
  id: string;
  name: string;
  description: string;
  /** Questions shown with the evidence form, in order. */
  prompts: string[];
  /** Whether the form asks for an outcome link (service or SLO and a date) up front. */
  asksForOutcome: boolean;
}

export const evidenceTemplates: readonly EvidenceTemplate[] = [
  {
    id: 'outcome-first',
    name: 'Outcome first',
    description: 'Starts from what changed in the system, then the work behind it. Pairs each item with before/after figures where one exists.',
    prompts: ['What changed for users or for the system?', 'What did you do, and what was your part?', 'Which service or SLO shows it, and from which date?', 'Who else was involved?'],
    asksForOutcome: true,
  },
  {
    id: 'star',
    name: 'Situation, task, action, result',
    description: 'The classic case-file shape; good for promotion cases and incident responses.',
    prompts: ['Situation: what was going on?', 'Task: what needed doing, and why you?', 'Action: what did you do?', 'Result: what changed, with a number or link where possible?'],
    asksForOutcome: true,
  },
  {
    id: 'brag-document',
    name: 'Brag document',
    description: 'Light and quick: a title, a date, a link and one line on why it mattered. Lowest effort, fewest outcome links.',
    prompts: ['What did you do?', 'Why did it matter (one line)?'],
    asksForOutcome: false,
  },
];

export const defaultEvidenceTemplate = 'outcome-first';

export function evidenceTemplate(id: string): EvidenceTemplate | undefined {
  return evidenceTemplates.find((t) => t.id === id);
}
