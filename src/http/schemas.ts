/**
 * Zod schemas shared by the routes: paging, list envelopes, links and the error body. Named
 * schemas carry a `meta({ id })` so OpenAPI shows them once, as components, not inlined everywhere.
 */
import { z } from 'zod';
import { errorRegistry, type ErrorCode } from '../errors.js';

export const maxLimit = 500;
export const defaultLimit = 50;

/** `?q=&limit=&offset=`; query values arrive as text, so numbers are coerced and then checked. */
export const pagingQuery = z.object({
  q: z.string().trim().max(200, 'must be at most 200 characters').optional().describe('Case-insensitive substring of id or name'),
  limit: z.coerce
    .number({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, `must be between 1 and ${maxLimit}`)
    .max(maxLimit, `must be between 1 and ${maxLimit}`)
    .default(defaultLimit),
  offset: z.coerce.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must not be negative').default(0),
});

/** An optional id filter in a query string. */
export const idFilter = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional();

export const idParams = z.object({ id: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters') });

/** A count or position: documented as a non-negative integer rather than zod's ±2^53 default. */
export const count = z.number().int().min(0);

export const ref = z.object({ id: z.string(), name: z.string() }).meta({ id: 'Ref', description: 'A record named by id and name.' });

/** `{ items, total, limit, offset }`: the envelope of every list response. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: count, limit: count, offset: count });
}

const errorCodes = Object.keys(errorRegistry) as [ErrorCode, ...ErrorCode[]];

/** The body of every error response (`toErrorBody` in src/errors.ts). */
export const errorBody = z
  .object({
    error: z.object({
      code: z.enum(errorCodes),
      message: z.string(),
      problems: z.array(z.string()).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** Error responses every route can give; routes add their own (404, 503) on top. */
export const commonErrors = { 400: errorBody, 500: errorBody } as const;

/** What a route that requires sign-in adds: 401 without a valid session or token, 403 when the policy (or CSRF check) refuses. */
export const signedInErrors = { ...commonErrors, 401: errorBody, 403: errorBody } as const;

/** `?limit=&offset=` without a search term, for logs. */
export const pageQuery = pagingQuery.omit({ q: true });
