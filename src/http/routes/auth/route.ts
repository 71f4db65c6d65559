/** Sign-in, sign-out, "who am I" and the sign-in options: parse, call the use case, set or clear the cookie. */
import { toAccountView } from '../../../app/auth/account-view.js';
import { signIn } from '../../../app/auth/sign-in.js';
import { signOut } from '../../../app/auth/sign-out.js';
import { sessionMaxMs } from '../../../app/auth/start-session.js';
import { TrellisError } from '../../../errors.js';
import { requestAuth } from '../../actor.js';
import { cookieOptions, sessionCookie } from '../../cookies.js';
import type { RouteRegistration } from '../../types.js';
import { rejectCrossSite } from './same-origin.js';
import { meSchema, providersSchema, signInSchema, signOutSchema } from './schema.js';

export const authRoutes: RouteRegistration = {
  area: 'auth',
  register(app, { data, runtime, config, signInThrottle, oidc, sessionCache }) {
    app.post('/api/auth/sign-in', { schema: signInSchema, config: { access: 'public' } }, async (request, reply) => {
      rejectCrossSite(request);
      const started = await signIn({ data, runtime, throttle: signInThrottle }, { ...request.body, clientIp: request.ip });
      reply.setCookie(sessionCookie, started.token, cookieOptions(request, config, { maxAgeSeconds: Math.floor(sessionMaxMs / 1000) }));
      return { account: started.account, csrfToken: started.csrfToken };
    });

    app.post('/api/auth/sign-out', { schema: signOutSchema, config: { access: 'signed-in' } }, async (request, reply) => {
      const auth = requestAuth(request);
      if (auth.via !== 'session') throw new TrellisError('BAD_INPUT', 'API tokens are revoked (DELETE /api/tokens/:id), not signed out.');
      await signOut({ data, runtime, sessionCache }, auth.session.id, auth.account);
      reply.clearCookie(sessionCookie, cookieOptions(request, config));
      return reply.code(204).send(null);
    });

    app.get('/api/auth/me', { schema: meSchema, config: { access: 'signed-in' } }, async (request) => {
      const auth = requestAuth(request);
      return { account: toAccountView(auth.account), csrfToken: auth.via === 'session' ? auth.session.csrfToken : '' };
    });

    app.get('/api/auth/providers', { schema: providersSchema, config: { access: 'public' } }, async () => ({
      password: true as const,
      oidc: oidc ? { enabled: true, name: oidc.name } : { enabled: false },
    }));
  },
};
