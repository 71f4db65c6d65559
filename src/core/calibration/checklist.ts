/**
 * The calibration questions asked of every person on the board (from the article the process
 * follows): each one a prompt to answer out loud before the rating stands, ticked per person.
 * A checklist item is never a score and never changes a rating by itself.
 */
export const checklistQuestions = [
  { id: 'whole-period', text: 'Does the evidence cover the whole period, not only its last weeks?' },
  { id: 'outcomes', text: 'Does each rating rest on outcomes — what changed for users, services or the team — rather than activity?' },
  { id: 'prevention', text: 'Is prevention and glue work counted beside visible firefighting?' },
  { id: 'no-surprises', text: 'Has the engineer heard every concern before, early enough to act on it?' },
  { id: 'same-bar', text: 'Would the same evidence get the same rating under another manager, at this level?' },
  { id: 'behaviour', text: 'Is the written rationale about behaviour and its effect, not personality?' },
] as const;

export type ChecklistQuestionId = (typeof checklistQuestions)[number]['id'];

export const isChecklistQuestion = (id: string): id is ChecklistQuestionId => checklistQuestions.some((q) => q.id === id);
