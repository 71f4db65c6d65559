/**
 * "Who read my records": every audit entry about a person's records made by someone else,
 * newest first — including list reads that named them among others. Shown to the person and to
 * administrators. The person's own reads are left out — they know what they looked at; the log is
 * there to show them everyone else.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { auditLookups, toAuditItem, type AuditPage } from './audit-item.js';

export async function listPersonAccessLog({ data }: { data: DataAccess }, actor: Actor, personId: string, paging: { limit: number; offset: number }): Promise<AuditPage> {
  if (!(await data.org.getPerson(personId))) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, 'read', { type: 'person-access-log', person: personId });
  const page = await data.audit.list({ subject: personId, excludeActorPerson: personId, ...paging });
  // A list read names many people; the person sees that it read their records, not whose else it did.
  const own = page.items.map((e) => ({ ...e, subjectPerson: personId, subjects: [] }));
  const names = await auditLookups(data, own, false);
  return { items: own.map((e) => toAuditItem(e, names)), total: page.total };
}
