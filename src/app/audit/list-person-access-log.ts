/**
 * "Who read my records": every audit entry about a person's records made by someone else,
 * newest first. Shown to the person and to administrators. The person's own reads are left out —
 * they know what they looked at; the log is there to show them everyone else.
 */
import type { Actor } from '../../core/access/actor.js';
import { TrellisError } from '../../errors.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { toAuditItem, type AuditPage } from './audit-item.js';

export async function listPersonAccessLog({ data }: { data: DataAccess }, actor: Actor, personId: string, paging: { limit: number; offset: number }): Promise<AuditPage> {
  if (!(await data.org.getPerson(personId))) throw new TrellisError('NOT_FOUND', `No person with id "${personId}".`);
  assertAllowed(actor, 'read', { type: 'person-access-log', person: personId });
  const page = await data.audit.list({ subject: personId, excludeActorPerson: personId, ...paging });
  return { items: page.items.map(toAuditItem), total: page.total };
}
