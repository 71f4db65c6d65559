/**
 * Deciding a request before its body is read: may this actor perform `action` on *some* resource
 * of `type` — on the subject the URL names, when it names one?
 *
 * The use case still asks `can()` about the exact resource (it alone knows a cycle's state or a
 * challenge's person); this check only refuses early what the policy refuses for every possible
 * subject, so an engineer posting to an administrators' route gets 403 before any validation
 * message describes what the route expects. The policy's rules depend on the subject only through
 * "is it me", "is it in my line" and (for ratings) "is the cycle shared", so trying one subject
 * of each kind is exact.
 */
import type { AccountActor } from './actor.js';
import { can, type Decision } from './policy.js';
import { personResourceTypes, type Action, type Resource, type ResourceType } from './resources.js';

/** A person id that is nobody's: stands for "someone not me and not in my line". */
const stranger = '\u0000someone-else';

function candidates(actor: AccountActor, type: ResourceType, person: string | undefined): Resource[] {
  const people = person !== undefined ? [person] : [actor.personId ?? stranger, [...actor.reportingLine][0] ?? stranger, stranger];
  if (type === 'review-rating') return people.flatMap((p) => [true, false].map((shared) => ({ type, person: p, shared })));
  if ((personResourceTypes as readonly string[]).includes(type)) return people.map((p) => ({ type, person: p }) as Resource);
  if (type === 'account') return [{ type, account: actor.accountId }, { type, account: stranger }];
  if (type === 'api-token') return [{ type, owner: actor.accountId }, { type, owner: stranger }];
  // Workshops: the actor as one of the round's raters is the most the URL could grant.
  const me = actor.personId ?? stranger;
  if (type === 'calibration-workshop') return [{ type, raters: [me] }, { type, raters: [stranger] }];
  if (type === 'workshop-rating') return [{ type, rater: me, raters: [me], revealed: false }];
  if (type === 'calibration-session') return [{ type, participants: [me] }];
  if (type === 'pre-rating') return people.map((p) => ({ type, person: p, open: true, participants: [me] }));
  return [{ type } as Resource];
}

/** Allowed when the policy allows at least one candidate; otherwise the first refusal's reason. */
export function canOnSomeSubject(actor: AccountActor, action: Action, type: ResourceType, person?: string): Decision {
  let first: Decision | undefined;
  for (const resource of candidates(actor, type, person)) {
    const d = can(actor, action, resource);
    if (d.allowed) return d;
    first ??= d;
  }
  return first!;
}

