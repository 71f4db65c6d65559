/** Schema of the home page's activity beyond the cycle's steps (GET /api/home/activity). */
import { z } from 'zod';
import { signedInErrors } from '../../schemas.js';

const cycleRef = z.object({ id: z.string(), name: z.string() });
const day = z.string().describe('YYYY-MM-DD');
const instant = z.string().describe('ISO 8601 instant');

export const homeActivitySchema = {
  summary: 'The reader’s goals this quarter, recent evidence, shared ratings and challenges; challenges waiting in a manager’s line; for administrators, how current each record kind is and the accounts',
  tags: ['reviews'],
  response: {
    200: z
      .object({
        mine: z
          .object({
            quarter: z.string().describe('The current quarter, e.g. 2026-Q4'),
            goals: z.array(z.object({ id: z.string(), text: z.string(), status: z.string() })),
            recentEvidence: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string(), date: day, addedAt: instant })),
            sharedRatings: z.array(z.object({ cycle: cycleRef, ratings: z.number() })),
            challenges: z.array(z.object({ cycle: cycleRef, signal: z.string().nullable(), state: z.enum(['open', 'answered']), raisedAt: instant, answeredAt: instant.nullable() })),
          })
          .nullable()
          .describe('null for accounts without a person'),
        challengesWaiting: z.array(z.object({ cycle: cycleRef, person: z.object({ id: z.string(), name: z.string() }), signal: z.string().nullable(), raisedAt: instant })),
        admin: z
          .object({
            records: z.array(z.object({ kind: z.string(), count: z.number(), latest: instant.nullable() })),
            accounts: z.object({ total: z.number(), disabled: z.number(), admins: z.number(), peopleWithoutAccount: z.array(z.object({ id: z.string(), name: z.string() })) }),
          })
          .nullable(),
      })
      .meta({ id: 'HomeActivity' }),
    ...signedInErrors,
  },
};
