/** Schemas of API tokens: an administrator's own tokens for scripts and integrations. */
import { z } from 'zod';
import { errorBody, idParams, signedInErrors } from '../../schemas.js';

export const newToken = z
  .object({ id: z.string(), name: z.string(), token: z.string().describe('`trellis_…`, shown this once; send as `Authorization: Bearer <token>`') })
  .meta({ id: 'NewApiToken' });

const iso = z.string().describe('ISO 8601, UTC');

export const tokenInfo = z
  .object({ id: z.string(), name: z.string(), createdAt: iso, lastUsedAt: iso.nullable(), revokedAt: iso.nullable() })
  .meta({ id: 'ApiToken' });

export const createTokenSchema = {
  summary: 'Create an API token for yourself (administrators)',
  tags: ['tokens'],
  body: z.object({ name: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters') }),
  response: { 201: newToken, ...signedInErrors },
};

export const listTokensSchema = {
  summary: 'Your API tokens, newest first (administrators)',
  tags: ['tokens'],
  response: { 200: z.object({ items: z.array(tokenInfo) }), ...signedInErrors },
};

export const revokeTokenSchema = {
  summary: 'Revoke one of your API tokens',
  tags: ['tokens'],
  params: idParams,
  response: { 204: z.null().describe('Revoked'), ...signedInErrors, 404: errorBody },
};
