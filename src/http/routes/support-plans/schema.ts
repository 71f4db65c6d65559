/** Schemas of the support plan routes; the use case (src/app/support-plans) checks each field and names each problem. */
import { z } from 'zod';
import { supportPlanOutcomes } from '../../../core/support-plan/support-plan.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');
const day = z.string().describe('A date, YYYY-MM-DD');
const errors = { ...signedInErrors, 404: errorBody } as const;

export const supportPlan = z
  .object({
    id: z.string(),
    person: z.string(),
    signal: z.string().nullable().describe('The review signal the plan is about; null: the role as a whole'),
    startsOn: day,
    endsOn: day,
    expectations: z.array(z.string()).describe('Observable: what would be seen, by when'),
    support: z.array(z.string()).describe('What the manager line provides'),
    outcome: z.enum(supportPlanOutcomes).nullable(),
    outcomeNote: z.string().nullable(),
    templateVersion: count,
    createdAt: iso,
    updatedAt: iso,
    checkIns: z.array(z.object({ id: z.string(), heldOn: day, note: z.string(), createdAt: iso })).describe('In date order'),
  })
  .meta({ id: 'SupportPlan', description: 'Visible to the person from the day it is created' });

const planInput = z.object({
  signal: z.string().nullable().optional(),
  startsOn: day,
  endsOn: day,
  expectations: z.array(z.string()),
  support: z.array(z.string()),
  outcome: z.enum(supportPlanOutcomes).nullable().optional(),
  outcomeNote: z.string().nullable().optional(),
});

const planParams = idParams.extend({ planId: z.string().min(1).max(200) });

export const listPlansSchema = {
  summary: 'A person’s support plans, newest first (the person, their manager line and people partners; never compensation reviewers)',
  tags: ['support-plans'],
  params: idParams,
  response: { 200: z.object({ person: z.object({ id: z.string(), name: z.string() }), items: z.array(supportPlan), mayWrite: z.boolean() }), ...errors },
};

export const createPlanSchema = {
  summary: 'Create a support plan (manager line); the person sees it at once',
  tags: ['support-plans'],
  params: idParams,
  body: planInput,
  response: { 201: supportPlan, ...errors },
};

export const updatePlanSchema = {
  summary: 'Change a support plan: expectations, support, timeline, outcome (manager line)',
  tags: ['support-plans'],
  params: planParams,
  body: planInput,
  response: { 200: supportPlan, ...errors },
};

export const addCheckInSchema = {
  summary: 'Add a dated check-in to a support plan (manager line)',
  tags: ['support-plans'],
  params: planParams,
  body: z.object({ heldOn: day, note: z.string() }),
  response: { 201: supportPlan, ...errors },
};
