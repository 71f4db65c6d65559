/**
 * Schemas of a person's ratings in a cycle, calibration changes, comments and challenges, and
 * self/manager reviews. Ratings stay hidden from the engineer until the cycle is shared.
 */
import { z } from 'zod';
import { changeReasons } from '../../../core/review/ratings.js';
import { errorBody, signedInErrors } from '../../schemas.js';
import { cycle, surpriseFlag } from '../cycles/schema.js';
import { rubric } from '../rubrics/schema.js';

const iso = z.string().describe('ISO 8601, UTC');
const idText = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

export const personParams = z.object({ id: idText, person: idText });
export const signalParams = personParams.extend({ signal: idText });

export const rating = z
  .object({
    id: z.string(),
    person: z.string(),
    signal: z.string(),
    value: z.string(),
    rationale: z.string(),
    evidence: z.array(z.string()).describe('Ids of the evidence items cited (see `cited` for their titles)'),
    context: z.string().describe('Free text beside the citations; context, never counted as evidence'),
    author: z.string().nullable(),
    at: iso.describe('Last saved'),
    decidedAt: iso.describe('When the current value was first decided: the no-surprises check counts from here'),
    firstRatedAt: iso.describe('When the signal was first rated'),
  })
  .meta({ id: 'Rating' });

export const citedItem = z
  .object({ id: z.string(), title: z.string(), date: z.string().describe('YYYY-MM-DD'), kind: z.string() })
  .meta({ id: 'CitedItem', description: 'An evidence item of the person’s living document that a rating or review cites' });

export const ratingChange = z
  .object({ id: z.string(), rating: z.string(), signal: z.string(), by: z.string().nullable(), from: z.string(), to: z.string(), reason: z.enum(changeReasons), note: z.string(), at: iso })
  .meta({ id: 'RatingChange' });

export const ratingNote = z
  .object({
    id: z.string(),
    person: z.string(),
    signal: z.string().nullable(),
    kind: z.enum(['comment', 'challenge']),
    author: z.string().nullable(),
    text: z.string(),
    at: iso,
    state: z.enum(['open', 'answered']).nullable().describe('Challenges only'),
    answer: z.object({ by: z.string().nullable(), text: z.string(), at: iso }).nullable(),
  })
  .meta({ id: 'RatingNote' });

export const personRatings = z
  .object({
    cycle,
    person: z.object({ id: z.string(), name: z.string(), manager: z.string().nullable() }),
    rubric: rubric.nullable(),
    ratings: z.array(rating),
    changes: z.array(ratingChange),
    notes: z.array(ratingNote),
    flags: z.array(surpriseFlag),
    cited: z.array(citedItem),
  })
  .meta({ id: 'PersonRatings' });

export const readRatingsSchema = {
  summary: 'A person’s ratings in a cycle, with calibration changes, comments, challenges and no-surprises flags (hidden from the person until the cycle is shared; reads are audited)',
  tags: ['reviews'],
  params: personParams,
  response: { 200: personRatings, ...signedInErrors, 404: errorBody },
};

const rationale = z.string().max(5000, 'must be at most 5000 characters');

export const writeRatingSchema = {
  summary: 'Rate a person on one signal while the cycle is in writing (their manager line)',
  tags: ['reviews'],
  params: signalParams,
  body: z.object({
    value: z.string().max(60),
    rationale,
    evidence: z.array(z.string().max(200)).max(50).describe('Ids of evidence items of the person’s living document, dated in the cycle’s period; at least one'),
    context: z.string().max(2000).default('').describe('Free text beside the citations (shown as context, never counted as evidence)'),
  }),
  response: { 200: rating, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const calibrateRatingSchema = {
  summary: 'Change a rating in calibration, with a reason tag and a note (calibrators, while calibrating)',
  tags: ['reviews'],
  params: signalParams,
  body: z.object({ value: z.string().max(60), reason: z.enum(changeReasons), note: rationale }),
  response: { 200: z.object({ rating, change: ratingChange }), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const raiseNoteSchema = {
  summary: 'Comment on or challenge shared ratings (the person and their manager line)',
  tags: ['reviews'],
  params: personParams,
  body: z.object({ signal: z.string().max(200).nullable().default(null), kind: z.enum(['comment', 'challenge']), text: z.string().max(5000) }),
  response: { 201: ratingNote, ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const answerChallengeSchema = {
  summary: 'Answer a challenge in writing (the manager line); a challenge is never closed silently',
  tags: ['reviews'],
  params: z.object({ id: idText }),
  body: z.object({ text: z.string().max(5000) }),
  response: { 200: ratingNote, ...signedInErrors, 404: errorBody, 409: errorBody },
};

const writeupFields = { text: z.string(), citations: z.array(z.string()), author: z.string().nullable(), updatedAt: iso };
const writeup = z.object(writeupFields).nullable();
const draft = z.object(writeupFields).nullable().describe('The reader’s own draft; drafts are private to their writer');

export const readWriteupsSchema = {
  summary: 'The self review and manager review of a person in a cycle, the reader’s own drafts, and the items they cite (reads are audited)',
  tags: ['reviews'],
  params: personParams,
  response: {
    200: z
      .object({
        self: writeup,
        manager: writeup,
        managerHidden: z.string().nullable().describe('Why the manager review is withheld from you (the engineer before the cycle is shared); null when shown'),
        drafts: z.object({ self: draft, manager: draft }),
        cited: z.array(citedItem),
        mayWrite: z.object({ self: z.boolean(), manager: z.boolean() }),
      })
      .meta({ id: 'ReviewWriteups' }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const writeWriteupSchema = {
  summary: 'Write the self review (the person) or the manager review (their manager line): autosave a private draft, or submit it',
  tags: ['reviews'],
  params: personParams.extend({ kind: z.enum(['self', 'manager']) }),
  body: z.object({
    text: z.string().max(20000),
    citations: z.array(z.string().max(200)).max(50).default([]).describe('Ids of evidence items of the person’s living document, dated in the cycle’s period'),
    draft: z.boolean().default(false).describe('true: keep as the writer’s private draft (autosave); false: submit'),
  }),
  response: { 200: z.object({ ...writeupFields, draft: z.boolean() }).meta({ id: 'WrittenReview' }), ...signedInErrors, 404: errorBody, 409: errorBody },
};

export const citableEvidenceSchema = {
  summary: 'The person’s evidence items in the cycle’s period that a rating or review may cite, each with its outcome in one line (readers of the review packet; audited)',
  tags: ['reviews'],
  params: personParams,
  response: {
    200: z
      .object({
        period: z.object({ from: iso, to: iso.describe('exclusive') }),
        items: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().describe('YYYY-MM-DD'), kind: z.string(), signals: z.array(z.string()), outcome: z.string().nullable().describe('null: activity (no outcome link)') })),
      })
      .meta({ id: 'CitableEvidence' }),
    ...signedInErrors,
    404: errorBody,
  },
};
