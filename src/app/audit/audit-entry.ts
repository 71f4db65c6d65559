/**
 * Building an audit entry for the actor at hand. Use cases append it through the same
 * transaction as the change (or the private read) it records.
 */
import type { Actor } from '../../core/access/actor.js';
import type { AuditEntryInput } from '../../store/audit-repository.js';
import { newId, type Runtime } from '../runtime.js';

export interface AuditFacts {
  action: string;
  resourceType: string;
  resourceId?: string | null;
  /** Whose record it is, when it is a person's. */
  subjectPerson?: string | null;
  /** The people a read of several people's records covered (one entry for the list, not one each). */
  subjects?: readonly string[];
  detail?: string | null;
}

/** The account that acted; null for the command line (the operator). */
export function actorAccountOf(actor: Actor): string | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

export function auditEntry(runtime: Runtime, actorAccount: string | null, facts: AuditFacts): AuditEntryInput {
  return {
    id: newId(runtime),
    at: runtime.now(),
    actorAccount,
    action: facts.action,
    resourceType: facts.resourceType,
    resourceId: facts.resourceId ?? null,
    subjectPerson: facts.subjectPerson ?? null,
    subjects: facts.subjects,
    detail: facts.detail ?? null,
  };
}
