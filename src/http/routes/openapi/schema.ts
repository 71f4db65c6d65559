/** `GET /api/openapi.json`: the API's own description, generated from the route schemas. */
import { z } from 'zod';
import { commonErrors } from '../../schemas.js';

/** Only the top-level keys are declared; the rest of the document passes through untouched. */
export const openapiDocument = z.looseObject({
  openapi: z.string(),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
});

export const openapiSchema = {
  summary: 'The OpenAPI 3 document of this API',
  tags: ['system'],
  response: { 200: openapiDocument, ...commonErrors },
};
