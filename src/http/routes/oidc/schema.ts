/** Schemas of the OIDC sign-in redirects. Both answer with a redirect (302), not JSON, on success. */
import { z } from 'zod';
import { commonErrors, errorBody } from '../../schemas.js';

export const oidcStartSchema = {
  summary: 'Start signing in through the OIDC provider (redirects there)',
  tags: ['auth'],
  response: { 302: z.null().describe('Redirect to the identity provider'), ...commonErrors, 404: errorBody },
};

export const oidcCallbackSchema = {
  summary: 'Where the OIDC provider sends the browser back (signs in, redirects to /)',
  tags: ['auth'],
  querystring: z.looseObject({ code: z.string().optional(), state: z.string().optional() }),
  response: { 302: z.null().describe('Signed in; redirect to the web app'), ...commonErrors, 403: errorBody, 404: errorBody },
};
