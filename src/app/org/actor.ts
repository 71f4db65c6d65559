/**
 * Who is asking. Sign-in and the access policy arrive in a later issue; until then every
 * request is made by the anonymous local actor. Every use case already takes an `actor`, so
 * adding `can(actor, action, resource)` later is a change inside the use cases only — no
 * handler, command or signature has to move.
 */
export interface Actor {
  readonly kind: 'anonymous';
}

/** The only actor today: whoever can reach the local server or run the CLI. */
export const anonymousActor: Actor = Object.freeze({ kind: 'anonymous' });
