/** The whole audit log, newest first, optionally about one person: administrators only. */
import type { Actor } from '../../core/access/actor.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { toAuditItem, type AuditPage } from './audit-item.js';

export interface ListAuditInput {
  subject?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAuditLog({ data }: { data: DataAccess }, actor: Actor, input: ListAuditInput): Promise<AuditPage> {
  assertAllowed(actor, 'read', { type: 'audit-log' });
  const page = await data.audit.list({ subject: input.subject, limit: input.limit, offset: input.offset });
  return { items: page.items.map(toAuditItem), total: page.total };
}
