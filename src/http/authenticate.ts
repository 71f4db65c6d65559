/**
 * Authentication, before anything else runs for a request (`onRequest`, so no body is parsed
 * for a caller who may not call). Public routes skip it. Others need either
 *
 * - `Authorization: Bearer trellis_…` (an API token; exempt from CSRF: a browser never adds it
 *   on its own), or
 * - the `trellis_session` cookie, plus — on anything but GET/HEAD — an `x-csrf-token` header
 *   equal to the session's token, which a cross-site page cannot read and so cannot send.
 *
 * Authorization proper (may *this* account read *that* person's page) is the use case's job,
 * through the access policy; here only "who is this" is settled.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { TrellisError } from '../errors.js';
import { actorForAccount } from '../app/auth/actor-for-account.js';
import type { AuthDeps } from '../app/auth/deps.js';
import { resolveApiToken } from '../app/auth/resolve-api-token.js';
import { resolveSession } from '../app/auth/resolve-session.js';
import { safeEqual } from '../app/auth/secrets.js';
import { accessOf, type RequestAuth } from './access.js';
import { cookieOptions, sessionCookie } from './cookies.js';
import type { ZodApp } from './types.js';

const safeMethods = new Set(['GET', 'HEAD']);

export function installAuthentication(app: ZodApp, deps: AuthDeps, config: Pick<Config, 'secureCookies'>): void {
  app.addHook('onRequest', async (request, reply) => {
    const access = accessOf(request.routeOptions.url, request.routeOptions.config.access);
    if (access === undefined || access === 'public') return;
    request.auth = await authenticate(request, reply, deps, config);
  });
}

async function authenticate(request: FastifyRequest, reply: FastifyReply, deps: AuthDeps, config: Pick<Config, 'secureCookies'>): Promise<RequestAuth> {
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const bearer = /^Bearer +(\S+)$/i.exec(authorization)?.[1];
    const found = bearer ? await resolveApiToken(deps, bearer) : null;
    if (!found) throw new TrellisError('UNAUTHENTICATED', 'The API token is not valid or has been revoked.');
    return { via: 'token', actor: await actorForAccount(deps.data.org, found.account, deps.reportingLines), account: found.account, tokenId: found.tokenId };
  }

  const token = request.cookies[sessionCookie];
  if (!token) throw new TrellisError('UNAUTHENTICATED');
  const session = await resolveSession(deps, token);
  if (!session) {
    // Tell the browser to drop a cookie that no longer opens anything.
    reply.clearCookie(sessionCookie, cookieOptions(request, config));
    throw new TrellisError('UNAUTHENTICATED', 'Your session has ended; sign in again.');
  }
  if (!safeMethods.has(request.method)) {
    const sent = request.headers['x-csrf-token'];
    if (typeof sent !== 'string' || !safeEqual(sent, session.csrfToken)) throw new TrellisError('CSRF_FAILED');
  }
  return {
    via: 'session',
    actor: await actorForAccount(deps.data.org, session.account, deps.reportingLines),
    account: session.account,
    session: { id: session.sessionId, csrfToken: session.csrfToken, expiresAt: session.expiresAt },
  };
}
