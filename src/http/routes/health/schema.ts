/** `GET /api/health`: liveness plus a round trip to the database, for load balancers and `trellis demo`. */
import { z } from 'zod';
import { commonErrors, errorBody } from '../../schemas.js';

export const healthResponse = z
  .object({
    status: z.literal('ok'),
    database: z.enum(['sqlite', 'postgres']),
    version: z.string(),
  })
  .meta({ id: 'Health' });

export const healthSchema = {
  summary: 'Is the server up and can it reach its database?',
  tags: ['system'],
  response: { 200: healthResponse, ...commonErrors, 503: errorBody },
};
