/**
 * The one place an HTTP request becomes an `Actor`: the account the authentication hook
 * (authenticate.ts) resolved from the session cookie or API token, or the anonymous actor —
 * which the policy denies everything — on public routes.
 */
import type { FastifyRequest } from 'fastify';
import { anonymousActor, type Actor } from '../core/access/actor.js';
import { TrellisError } from '../errors.js';
import type { RequestAuth } from './access.js';

export function requestActor(request: FastifyRequest): Actor {
  return request.auth?.actor ?? anonymousActor;
}

/** The request's credentials, on routes that require sign-in (the hook has already refused others). */
export function requestAuth(request: FastifyRequest): RequestAuth {
  if (!request.auth) throw new TrellisError('UNAUTHENTICATED');
  return request.auth;
}
