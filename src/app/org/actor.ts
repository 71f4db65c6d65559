/**
 * Who is asking. The actor and the policy live in src/core/access; every org use case checks
 * `can(actor, 'read', { type: 'org-directory' })` — any signed-in account may read the directory.
 */
export { anonymousActor, type Actor } from '../../core/access/actor.js';
