/**
 * `GET /api/people/:id/private`: a person's on-call shifts and pages of the last 90 days. Their
 * own operational load, for coaching about sustainable work — never a delivery score.
 */
import { z } from 'zod';
import { count, errorBody, idParams, signedInErrors } from '../../schemas.js';

const iso = z.string().describe('ISO 8601, UTC');

export const personPrivate = z
  .object({
    person: z.object({
      id: z.string(),
      name: z.string(),
      team: z.string().nullable(),
      manager: z.string().nullable(),
      timeZone: z.string().nullable().describe("The person's IANA time zone (else their team's): their shifts and pages are shown in it"),
      workingHours: z.string().nullable().describe('e.g. "09:00-17:00", in their time zone'),
    }),
    oncallShifts: z.array(z.object({ id: z.string(), start: iso, end: iso, schedule: z.string().nullable() })).describe('Newest first, at most 500'),
    pages: z
      .array(
        z.object({
          id: z.string(),
          at: iso,
          service: z.string().nullable(),
          urgency: z.string().nullable(),
          actionable: z.boolean().nullable(),
          acknowledgedAt: iso.nullable(),
          resolvedAt: iso.nullable(),
        }),
      )
      .describe('Newest first, at most 500'),
    counts: z.object({ shifts: count, pages: count }).describe('Full counts in the 90-day window'),
  })
  .meta({ id: 'PersonPrivate' });

export const personPrivateSchema = {
  summary: 'A person’s on-call shifts and pages of the last 90 days (the person, their manager line and people partners; every read is audited)',
  tags: ['people'],
  params: idParams,
  response: { 200: personPrivate, ...signedInErrors, 404: errorBody },
};
