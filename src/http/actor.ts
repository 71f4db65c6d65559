/**
 * The one place an HTTP request becomes an `Actor`. Sign-in (a later issue) replaces the body
 * of `requestActor` with a session lookup; handlers already pass its result to every use case.
 */
import type { FastifyRequest } from 'fastify';
import { anonymousActor, type Actor } from '../app/org/actor.js';

export function requestActor(_request: FastifyRequest): Actor {
  return anonymousActor;
}
