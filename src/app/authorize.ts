/**
 * The use-case side of the access policy (src/core/access): the policy returns a decision as a
 * value; here a denial becomes FORBIDDEN (or UNAUTHENTICATED for a request without credentials),
 * carrying the policy's reason so the person sees why.
 */
import { TrellisError } from '../errors.js';
import type { Actor } from '../core/access/actor.js';
import { can } from '../core/access/policy.js';
import type { Action, Resource } from '../core/access/resources.js';

export function assertAllowed(actor: Actor, action: Action, resource: Resource): void {
  const decision = can(actor, action, resource);
  if (decision.allowed) return;
  throw new TrellisError(actor.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN', decision.reason);
}
