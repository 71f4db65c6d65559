/** Schemas of the service routes. */
import { z } from 'zod';
import { errorBody, idFilter, idParams, listOf, pagingQuery, ref, signedInErrors } from '../../schemas.js';

export const service = z
  .object({
    id: z.string(),
    name: z.string(),
    team: z.string().describe('Id of the owning team'),
  })
  .meta({ id: 'Service' });

export const serviceDetail = z
  .object({
    service,
    team: ref.nullable().describe('The owning team'),
  })
  .meta({ id: 'ServiceDetail' });

export const listServicesSchema = {
  summary: 'List services',
  tags: ['org'],
  querystring: pagingQuery.extend({ team: idFilter.describe('Only services owned by this team') }),
  response: { 200: listOf(service), ...signedInErrors },
};

export const getServiceSchema = {
  summary: 'One service with its owning team',
  tags: ['org'],
  params: idParams,
  response: { 200: serviceDetail, ...signedInErrors, 404: errorBody },
};
