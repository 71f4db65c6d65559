/**
 * Schemas of calibration sessions of real cycles and the manager consistency figures. Pre-ratings
 * on the board are the reader's own line's until the session opens; distributions are shown
 * beside the organisation's, never as quotas.
 */
import { z } from 'zod';
import { changeReasons } from '../../../core/review/ratings.js';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';
import { cycle, surpriseFlag } from '../cycles/schema.js';

const iso = z.string().describe('ISO 8601, UTC');
const id = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const calibrationSession = z
  .object({ id: z.string(), cycle: z.string(), state: z.enum(['pre-rating', 'open', 'locked']), createdAt: iso, openedAt: iso.nullable(), lockedAt: iso.nullable() })
  .meta({ id: 'CalibrationSession' });

const distribution = z.object({ n: count, counts: z.array(z.object({ value: z.string(), count, share: z.number().nullable() })) });
const difference = z.array(z.object({ value: z.string(), difference: z.number().nullable().describe('Share minus the organisation’s share') }));

const acknowledgement = z.object({ note: z.string(), by: z.string().nullable(), at: iso });

export const boardView = z
  .object({
    cycle,
    signals: z.array(z.object({ id: z.string(), name: z.string() })),
    scale: z.array(z.string()).describe('Lowest first'),
    session: calibrationSession.nullable(),
    mayRun: z.boolean().describe('You may prepare, open and lock the session, change ratings, tick the checklist and acknowledge flags'),
    opened: z.boolean(),
    progress: z.array(z.object({ manager: z.string().nullable(), name: z.string(), people: count, preRatings: count, visible: z.boolean() })),
    hidden: count.describe('Pre-ratings in that you may not see until the session opens'),
    people: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        level: z.string().nullable(),
        manager: z.string().nullable(),
        managerName: z.string().nullable(),
        ratings: z.array(
          z.object({
            id: z.string(),
            signal: z.string(),
            value: z.string(),
            rationale: z.string(),
            authorName: z.string().nullable(),
            decidedAt: iso,
            prompt: z.object({ kind: z.enum(['low-rating-praise-only', 'high-rating-concerns-only']), message: z.string() }).nullable(),
            lintFindings: count,
          }),
        ),
        flags: z.array(surpriseFlag.extend({ acknowledgement: acknowledgement.nullable() })),
        context: z.array(z.object({ check: z.enum(['recency', 'activity-not-outcome', 'prevention-counted']), message: z.string() })),
        supportPlans: z
          .array(z.object({ signal: z.string().nullable().describe('null: the role as a whole'), startsOn: z.string(), endsOn: z.string(), outcome: z.string().nullable(), createdAt: iso }))
          .describe('Support plans made with the person: their facts only; the text is read on the support plans page by those the policy lets'),
        mayOpenSupportPlans: z.boolean(),
        checklist: z.array(z.string()).describe('Ids of the calibration questions ticked for this person'),
      }),
    ),
    distributions: z.object({ org: distribution, managers: z.array(z.object({ group: z.string(), distribution, differenceFromOrg: difference })) }),
    changes: z.array(z.object({ id: z.string(), person: z.string(), personName: z.string(), signal: z.string(), by: z.string().nullable(), byName: z.string().nullable(), from: z.string(), to: z.string(), reason: z.enum(changeReasons), note: z.string(), at: iso })),
    questions: z.array(z.object({ id: z.string(), text: z.string() })),
  })
  .meta({ id: 'CalibrationBoard' });

export const readBoardSchema = {
  summary: 'The calibration board of a cycle: pre-ratings side by side (your own line until the session opens), context, prompts, distributions, changes',
  tags: ['calibration'],
  params: idParams,
  response: { 200: boardView, ...signedInErrors, 404: errorBody },
};

export const sessionStepSchema = (summary: string) => ({
  summary,
  tags: ['calibration'],
  params: idParams,
  response: { 200: calibrationSession, ...signedInErrors, 404: errorBody, 409: errorBody },
});

export const prepareSessionSchema = {
  summary: 'Prepare the calibration session of a cycle: managers pre-rate independently, each seeing only their own line (calibrators)',
  tags: ['calibration'],
  params: idParams,
  response: { 201: calibrationSession, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const checklistSchema = {
  summary: 'Tick or untick a calibration question for a person while the session is open (calibrators)',
  tags: ['calibration'],
  params: z.object({ id, person: id, question: id }),
  body: z.object({ checked: z.boolean() }),
  response: { 204: z.null(), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const acknowledgeSchema = {
  summary: 'Acknowledge an open no-surprises flag with a note; a cycle is shared only when every flag is acknowledged (calibrators)',
  tags: ['calibration'],
  params: z.object({ id, rating: id }),
  body: z.object({ note: z.string().max(5000, 'must be at most 5000 characters') }),
  response: { 201: z.object({ rating: z.string(), person: z.string(), signal: z.string(), note: z.string(), by: z.string().nullable(), at: iso }), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const trailSchema = {
  summary: 'The calibration audit trail of a cycle as CSV: session steps, every change with who, old, new, reason and note, acknowledgements, checklist',
  tags: ['calibration'],
  params: idParams,
  response: { 200: z.string().describe('text/csv'), ...signedInErrors, 404: errorBody },
};

const cadence = z.union([z.object({ recorded: z.literal(false) }), z.object({ recorded: z.literal(true), pairs: count, overdue: count })]);

export const managerConsistencySchema = {
  summary: 'Manager consistency in a cycle, as coaching prompts for leaders: listed by name, each figure with its n, never a ranking',
  tags: ['calibration'],
  params: idParams,
  response: {
    200: z
      .object({
        cycle,
        scale: z.array(z.string()),
        managers: z.array(
          z.object({
            manager: z.string(),
            name: z.string(),
            specificity: z.object({ findingsPer100Words: z.number().nullable(), findings: count, words: count, n: count }),
            surprises: z.object({ share: z.number().nullable(), surprises: count, n: count }),
            distribution,
            differenceFromOrg: difference,
            concernToFeedback: z.object({ medianDays: z.number().nullable(), n: count }),
            oneOnOnes: cadence,
            prompts: z.array(z.string()),
          }),
        ),
      })
      .meta({ id: 'ManagerConsistency' }),
    ...signedInErrors,
    404: errorBody,
  },
};
