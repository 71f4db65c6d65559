/** Schema of the home page's what-needs-doing, per role (GET /api/home). */
import { z } from 'zod';
import { reportCadence } from '../one-on-ones/schema.js';
import { signedInErrors } from '../../schemas.js';
import { deadlineSteps } from '../../../core/review/deadlines.js';
import { cycle } from '../cycles/schema.js';
import { feedbackKinds } from '../../../core/feedback/kinds.js';
import { feedbackRequest } from '../feedback/kinds-schema.js';

const counts = { people: z.number(), selfReviews: z.number(), managerReviews: z.number(), rated: z.number().nullable().describe('null: a check-in has no ratings') };

export const homeSchema = {
  summary: 'What needs doing for the reader, per role: own reviews due, reports’ state, the organisation’s progress, the compensation step, setup steps left',
  tags: ['reviews'],
  response: {
    200: z
      .object({
        own: z.array(z.object({ cycle, selfReview: z.enum(['submitted', 'due']) })),
        reports: z.array(
          z.object({
            cycle,
            signals: z.number(),
            people: z.array(z.object({ id: z.string(), name: z.string(), selfReview: z.boolean(), managerReview: z.boolean(), ratings: z.number(), flags: z.number(), evidence: z.number().describe("Evidence items dated in the cycle's period") })),
          }),
        ),
        progress: z.array(
          z.object({
            cycle,
            total: z.object(counts),
            teams: z.array(z.object({ team: z.string().nullable(), name: z.string(), ...counts })),
            flagged: z.array(z.object({ person: z.string(), name: z.string(), signal: z.string() })),
            behind: z.object({
              step: z.enum(deadlineSteps).nullable().describe('The step the cycle is on'),
              due: z.string().nullable().describe('Its due day (YYYY-MM-DD), if set'),
              people: z.array(z.object({ id: z.string(), name: z.string() })).describe('Who has not done that step (self or manager reviews)'),
            }),
          }),
        ),
        compensation: z.array(z.object({ cycle, people: z.number(), withoutProposal: z.number() })),
        setupLeft: z.array(z.object({ id: z.string(), title: z.string() })).nullable(),
        overdueOneOnOnes: z.array(reportCadence).describe('The reader’s direct reports whose 1:1 is overdue'),
        feedback: z.object({
          toWrite: z.array(feedbackRequest).describe('Feedback requests the reader has not answered yet, with the cycle’s deadline'),
          received: z
            .object({ total: z.number().int(), recent: z.array(z.object({ id: z.string(), kind: z.enum(feedbackKinds), from: z.string().nullable(), at: z.string() })) })
            .nullable()
            .describe('Shared feedback the reader has received; null for an account without a person'),
        }),
      })
      .meta({ id: 'HomeTodo' }),
    ...signedInErrors,
  },
};
