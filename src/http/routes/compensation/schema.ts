/** Schemas of compensation proposals: compensation reviewers and people partners only, never the manager line. */
import { z } from 'zod';
import { errorBody, signedInErrors } from '../../schemas.js';

const idText = z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const fields = z.record(z.string().max(100), z.union([z.string().max(1000), z.number(), z.boolean(), z.null()])).describe('e.g. proposedBand, adjustment');

export const compensation = z
  .object({ cycle: z.string(), person: z.string(), fields, updatedBy: z.string().nullable(), updatedAt: z.string().describe('ISO 8601, UTC') })
  .meta({ id: 'Compensation' });

export const compensationRow = z
  .object({
    person: z.object({ id: z.string(), name: z.string(), team: z.string().nullable() }),
    compensation: compensation.nullable(),
    mayEdit: z.boolean().describe('False on your own row: nobody changes their own compensation'),
  })
  .meta({ id: 'CompensationRow' });

export const listCompensationSchema = {
  summary: 'Every covered person’s compensation proposal in a cycle — no ratings, evidence or growth notes (compensation reviewers, people partners; the read is one audit entry naming the people shown)',
  tags: ['reviews'],
  params: z.object({ id: idText }),
  response: {
    200: z.object({
      items: z.array(compensationRow).describe('Everyone the cycle covers: active people with a team'),
      leftOut: z.array(z.object({ id: z.string(), name: z.string() })).describe('Active people with no team, so not in this cycle'),
    }),
    ...signedInErrors,
    404: errorBody,
  },
};

export const compensationParams = z.object({ id: idText, person: idText });

export const readCompensationSchema = {
  summary: 'A person’s compensation proposal in a cycle (compensation reviewers, people partners; reads are audited)',
  tags: ['reviews'],
  params: compensationParams,
  response: { 200: z.object({ compensation: compensation.nullable() }), ...signedInErrors, 404: errorBody },
};

export const writeCompensationSchema = {
  summary: 'Set a person’s compensation proposal in a cycle (compensation reviewers, people partners)',
  tags: ['reviews'],
  params: compensationParams,
  body: z.object({ fields }),
  response: { 200: compensation, ...signedInErrors, 404: errorBody },
};
