/**
 * Schemas of sign-in, sign-out, "who am I" and the sign-in options. The web app keeps the
 * `csrfToken` from sign-in (or `me`) and sends it as `x-csrf-token` on every write.
 */
import { z } from 'zod';
import { roles } from '../../../core/access/actor.js';
import { commonErrors, errorBody, signedInErrors } from '../../schemas.js';

export const account = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().describe('The linked person’s name, or the email for accounts without one'),
    personId: z.string().nullable(),
    roles: z.array(z.enum(roles)),
  })
  .meta({ id: 'Account' });

export const session = z
  .object({
    account,
    csrfToken: z.string().describe('Send as the x-csrf-token header on every non-GET request made with the session cookie (empty for API tokens, which need none)'),
  })
  .meta({ id: 'Session' });

export const signInSchema = {
  summary: 'Sign in with email and password (sets the trellis_session cookie)',
  tags: ['auth'],
  body: z.object({
    email: z.string().trim().min(1, 'must not be empty').max(320, 'must be at most 320 characters'),
    password: z.string().min(1, 'must not be empty').max(1024, 'must be at most 1024 characters'),
  }),
  response: { 200: session, ...commonErrors, 401: errorBody, 403: errorBody, 429: errorBody },
};

export const signOutSchema = {
  summary: 'Sign out (ends the session, clears the cookie)',
  tags: ['auth'],
  response: { 204: z.null().describe('Signed out'), ...signedInErrors },
};

export const meSchema = {
  summary: 'The signed-in account and its CSRF token',
  tags: ['auth'],
  response: { 200: session, ...signedInErrors },
};

export const providersSchema = {
  summary: 'Which ways of signing in this server offers',
  tags: ['auth'],
  response: {
    200: z.object({ password: z.literal(true), oidc: z.object({ enabled: z.boolean(), name: z.string().optional() }) }).meta({ id: 'SignInProviders' }),
    ...commonErrors,
  },
};
