/**
 * The whole audit log, newest first, optionally about one person: administrators only. Each
 * entry names whose record it was, by the directory's name where the reader may read the
 * directory and the person is still known (the id otherwise: records outlive people).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { toAuditItem, type AuditItem } from './audit-item.js';

export interface ListAuditInput {
  subject?: string | undefined;
  limit: number;
  offset: number;
}

export interface AuditLogItem extends AuditItem {
  /** The subject person's name; null when there is no subject, or no name the reader may see. */
  subjectName: string | null;
}

export interface AuditLogPage {
  items: AuditLogItem[];
  total: number;
}

export async function listAuditLog({ data }: { data: DataAccess }, actor: Actor, input: ListAuditInput): Promise<AuditLogPage> {
  assertAllowed(actor, 'read', { type: 'audit-log' });
  const page = await data.audit.list({ subject: input.subject, limit: input.limit, offset: input.offset });
  const subjects = page.items.flatMap((e) => (e.subjectPerson === null ? [] : [e.subjectPerson]));
  const names = can(actor, 'read', { type: 'org-directory' }).allowed ? await data.org.personNames(subjects) : new Map<string, string>();
  return { items: page.items.map((e) => ({ ...toAuditItem(e), subjectName: e.subjectPerson === null ? null : (names.get(e.subjectPerson) ?? null) })), total: page.total };
}
