/**
 * Schemas of the people routes: the org directory only. No delivery or reliability figure
 * belongs on a person (DESIGN.md: system metrics are team and service context).
 */
import { z } from 'zod';
import { errorBody, idFilter, idParams, listOf, pagingQuery, ref, signedInErrors } from '../../schemas.js';

export const person = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    team: z.string().nullable(),
    manager: z.string().nullable(),
    level: z.string().nullable(),
    track: z.string().nullable(),
    timezone: z.string().nullable(),
    workingHours: z.string().nullable(),
    startDate: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'Person' });

export const personDetail = z
  .object({
    person,
    manager: ref.nullable(),
    directReports: z.array(ref).describe('Active direct reports'),
    mayOpen: z
      .object({ privatePage: z.boolean(), livingDocument: z.boolean() })
      .describe('Whether the reader may open this person’s private page and living document (the access policy’s answer), so clients offer only links that work'),
  })
  .meta({ id: 'PersonDetail' });

export const listPeopleSchema = {
  summary: 'List people',
  tags: ['org'],
  querystring: pagingQuery.extend({
    team: idFilter.describe('Only people in this team'),
    manager: idFilter.describe('Only the direct reports of this person'),
  }),
  response: { 200: listOf(person), ...signedInErrors },
};

export const getPersonSchema = {
  summary: 'One person with their manager and direct reports',
  tags: ['org'],
  params: idParams,
  response: { 200: personDetail, ...signedInErrors, 404: errorBody },
};

export const exportPeopleSchema = {
  summary: 'The people directory as CSV (everyone, including people who have left)',
  tags: ['org'],
  response: { 200: z.string().describe('text/csv'), ...signedInErrors },
};
