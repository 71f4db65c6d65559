/** Schemas of first-run setup: the checklist, the evidence template and the calibration workshop plan. */
import { z } from 'zod';
import { errorBody, signedInErrors } from '../../schemas.js';

const stepId = z.enum(['ladder', 'signals', 'evidence-template', 'calibration-workshop']);

export const workshopPlan = z
  .object({
    date: z.string().describe('YYYY-MM-DD'),
    durationMinutes: z.number().int(),
    facilitator: z.string().describe('person id'),
    participants: z.array(z.string()).describe('person ids of the raters'),
    cycle: z.string().nullable().optional().describe('review cycle id, when one exists'),
    ratingDeadlineDays: z.number().int().default(5).describe('days before the workshop by which every manager has rated independently'),
  })
  .describe('The calibration workshop plan');

const agendaItem = z.object({ when: z.string(), what: z.string() });

export const setupView = z
  .object({
    steps: z.array(z.object({ id: stepId, title: z.string(), done: z.boolean(), summary: z.string() })),
    next: stepId.nullable(),
    complete: z.boolean(),
    evidenceTemplates: z.array(z.object({ id: z.string(), name: z.string(), description: z.string(), prompts: z.array(z.string()), asksForOutcome: z.boolean() })),
    evidenceTemplate: z.string().nullable(),
    bundledLadders: z.array(z.object({ id: z.string(), name: z.string(), description: z.string() })),
    workshop: workshopPlan.extend({ agenda: z.array(agendaItem) }).nullable(),
    mayChange: z
      .object({ ladder: z.boolean(), signals: z.boolean(), settings: z.boolean() })
      .describe('Which steps the signed-in account may change (the access policy decides; the others can follow setup)'),
  })
  .meta({ id: 'SetupStatus' });

export const readSetupSchema = {
  summary: 'Where first-run setup stands: ladder, review signals, evidence template, calibration workshop',
  tags: ['setup'],
  response: { 200: setupView, ...signedInErrors },
};

export const chooseTemplateSchema = {
  summary: 'Choose the evidence template every living document uses (administrators)',
  tags: ['setup'],
  body: z.object({ template: z.string().min(1) }),
  response: { 200: setupView, ...signedInErrors },
};

export const planWorkshopSchema = {
  summary: 'Plan the calibration workshop (administrators)',
  tags: ['setup'],
  body: workshopPlan,
  response: { 200: setupView, ...signedInErrors },
};

export const adoptLadderSchema = {
  summary: 'Start from a ladder that ships with Trellis: imported and published as the ladder `engineering` (calibrators, administrators)',
  tags: ['setup'],
  body: z.object({ ladder: z.string().min(1) }),
  response: { 200: setupView, ...signedInErrors },
};

export const adoptSignalsSchema = {
  summary: 'Publish the five default review signals (calibrators, administrators); edit them later on the rubric page',
  tags: ['setup'],
  response: { 200: setupView, ...signedInErrors },
};

const noSurpriseDays = z
  .object({ days: z.number().int().describe('Feedback on a signal must have been shared at least this many days before a needs-support rating on it (7 to 365; default 30)') })
  .meta({ id: 'NoSurpriseDays' });

export const readNoSurpriseDaysSchema = {
  summary: 'The no-surprises window in days (spec/people.md)',
  tags: ['setup'],
  response: { 200: noSurpriseDays, ...signedInErrors },
};

export const noSurpriseDaysSchema = {
  summary: 'Set the no-surprises window in days (administrators; audited)',
  tags: ['setup'],
  body: z.object({ days: z.number() }),
  response: { 200: noSurpriseDays, ...signedInErrors, 400: errorBody },
};
