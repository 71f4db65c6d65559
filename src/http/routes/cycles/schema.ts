/** Schemas of review cycles: kind, period, state and the rubric version they rate against. */
import { z } from 'zod';
import { cycleKinds, cycleStates } from '../../../core/review/cycle.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';
import { rubric } from '../rubrics/schema.js';

const iso = z.string().describe('ISO 8601, UTC');
const versionRef = z.object({ id: z.string().min(1).max(100), version: z.number().int().min(1) });

export const cycle = z
  .object({
    id: z.string(),
    kind: z.enum(cycleKinds),
    name: z.string(),
    periodFrom: iso,
    periodTo: iso,
    state: z.enum(cycleStates),
    nextState: z.enum(cycleStates).nullable().describe('The one state it may move to next; null once shared'),
    rubric: versionRef.nullable(),
    ladder: versionRef.nullable(),
    history: z.array(z.object({ state: z.enum(cycleStates), at: iso, by: z.string().nullable() })),
    deadlines: z
      .object({ selfReview: z.string().nullable(), managerReview: z.string().nullable(), calibration: z.string().nullable(), sharing: z.string().nullable() })
      .describe('Due day (YYYY-MM-DD) of each step; null where none was set'),
  })
  .meta({ id: 'ReviewCycle' });

export const participant = z
  .object({
    id: z.string(),
    name: z.string(),
    team: z.string().nullable(),
    manager: z.string().nullable(),
    ratings: count.nullable().describe('Null where you may not read their ratings'),
    mayOpen: z.object({ ratings: z.boolean(), packet: z.boolean() }).describe('Which of their pages you may open (from the access policy)'),
    progress: z
      .object({ selfReview: z.boolean().nullable(), managerReview: z.boolean().nullable(), calibrationChanges: count.nullable() })
      .describe('Whether each review is written and how many calibration changes the ratings had; null where you may not know'),
  })
  .meta({ id: 'CycleParticipant' });

const personRef = z.object({ id: z.string(), name: z.string() });

export const surpriseFlag = z
  .object({ rating: z.string(), person: z.string(), signal: z.string(), at: iso, reason: z.string(), nearestFeedback: z.string().nullable() })
  .meta({ id: 'SurpriseFlag', description: 'A needs-support rating without feedback on the signal shared at least 30 days before it' });

const isoDate = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time with offset' }).or(z.iso.date({ error: 'must be an ISO 8601 date' }));

export const listCyclesSchema = {
  summary: 'Review cycles, newest period first',
  tags: ['reviews'],
  response: { 200: z.object({ items: z.array(cycle) }), ...signedInErrors },
};

export const createCycleSchema = {
  summary: 'Create a review cycle in draft (people partners, administrators)',
  tags: ['reviews'],
  body: z.object({
    kind: z.enum(cycleKinds),
    name: z.string().trim().min(1, 'must not be empty').max(200),
    periodFrom: isoDate,
    periodTo: isoDate,
    rubric: versionRef.nullable().optional().describe('Default: the latest published rubric (annual and promotion cycles)'),
    ladder: versionRef.nullable().optional(),
    deadlines: z
      .object({
        selfReview: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).optional(),
        managerReview: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).optional(),
        calibration: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).optional(),
        sharing: z.iso.date({ error: 'must be a date (YYYY-MM-DD)' }).optional(),
      })
      .optional()
      .describe('Due day of each step, in the order of the steps; any may be left open'),
  }),
  response: { 201: cycle, ...signedInErrors, 409: errorBody },
};

export const readCycleSchema = {
  summary: 'A cycle with its rubric version and the participants you may see',
  tags: ['reviews'],
  params: idParams,
  response: {
    200: z
      .object({
        cycle,
        rubric: rubric.nullable(),
        participants: z.array(participant).describe('People in the cycle you may see and open something of'),
        notOpenable: count.describe('People in the cycle within your view whose ratings and packet you may not open'),
        leftOut: z.array(personRef).describe('Active people with no team, so not in this cycle (shown to those who see everyone)'),
        completion: z
          .object({ participants: count, selfReviews: count, managerReviews: count, fullyRated: count })
          .nullable()
          .describe('Across everyone the cycle covers (people partners, calibrators, administrators); null for others'),
      })
      .meta({ id: 'CycleView' }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const transitionCycleSchema = {
  summary: 'Move a cycle one state forward (people partners, administrators)',
  tags: ['reviews'],
  params: idParams,
  body: z.object({ to: z.enum(cycleStates) }),
  response: { 200: cycle, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const flagsSchema = {
  summary: 'No-surprises flags of a cycle (calibrators and people partners: all; managers: their reporting line)',
  tags: ['reviews'],
  params: idParams,
  response: { 200: z.object({ items: z.array(surpriseFlag) }), ...signedInErrors, 404: errorBody },
};

export const exportParticipantsSchema = {
  summary: 'The participants you may see and their progress, as CSV (no review text, no rating values)',
  tags: ['reviews'],
  params: idParams,
  response: { 200: z.string().describe('text/csv'), ...signedInErrors, 404: errorBody },
};
