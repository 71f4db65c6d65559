/**
 * `GET /api/auth/oidc/start` and `/callback`: the browser legs of OIDC sign-in. The pending
 * sign-in is bound to the browser by the short-lived `trellis_oidc` cookie (see oidc-sign-in.ts).
 * No automatic HEAD twins: a link prefetcher's HEAD must not start or use up a sign-in.
 */
import { finishOidcSignIn, oidcLoginTtlMs, startOidcSignIn } from '../../../app/auth/oidc-sign-in.js';
import { sessionMaxMs } from '../../../app/auth/start-session.js';
import { TrellisError } from '../../../errors.js';
import { cookieOptions, oidcCookie, oidcCookiePath, sessionCookie } from '../../cookies.js';
import type { RouteRegistration } from '../../types.js';
import { oidcCallbackSchema, oidcStartSchema } from './schema.js';

const notConfigured = () => new TrellisError('NOT_FOUND', 'Single sign-on is not configured on this server.');

export const oidcRoutes: RouteRegistration = {
  area: 'oidc',
  register(app, { data, runtime, config, oidc }) {
    app.get('/api/auth/oidc/start', { schema: oidcStartSchema, config: { access: 'public' }, exposeHeadRoute: false }, async (request, reply) => {
      if (!oidc) throw notConfigured();
      const { redirectTo, bindingToken } = await startOidcSignIn({ data, runtime, oidc });
      reply.setCookie(oidcCookie, bindingToken, cookieOptions(request, config, { path: oidcCookiePath, maxAgeSeconds: oidcLoginTtlMs / 1000 }));
      return reply.redirect(redirectTo.href, 302);
    });

    app.get('/api/auth/oidc/callback', { schema: oidcCallbackSchema, config: { access: 'public' }, exposeHeadRoute: false }, async (request, reply) => {
      if (!oidc) throw notConfigured();
      // The binding cookie is single-use whatever happens next.
      reply.clearCookie(oidcCookie, cookieOptions(request, config, { path: oidcCookiePath }));
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      const started = await finishOidcSignIn({ data, runtime, oidc }, request.cookies[oidcCookie], query);
      reply.setCookie(sessionCookie, started.token, cookieOptions(request, config, { maxAgeSeconds: Math.floor(sessionMaxMs / 1000) }));
      return reply.redirect('/', 302);
    });
  },
};
