/**
 * The whole audit log, newest first, filtered by person, actor, action and date: administrators
 * only. Each entry says what happened in words and names whose records it was, by the
 * directory's name where the reader may read the directory and the person is still known (the
 * id otherwise: records outlive people).
 */
import type { Actor } from '../../core/access/actor.js';
import { can } from '../../core/access/policy.js';
import { TrellisError } from '../../errors.js';
import { OPERATOR_ACTOR } from '../../store/audit-repository.js';
import type { DataAccess } from '../../store/data-access.js';
import { assertAllowed } from '../authorize.js';
import { auditLookups, toAuditItem, type AuditItem } from './audit-item.js';

export interface AuditFilter {
  /** Only entries about this person's records (person id). */
  subject?: string | undefined;
  /** Only what this account did: its id or email, or `operator` for the command line. */
  actor?: string | undefined;
  action?: string | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
}

export interface ListAuditInput extends AuditFilter {
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

/** An actor given by email is looked up; an unknown email is a bad filter, said plainly. */
async function actorAccount(data: DataAccess, actor: string | undefined): Promise<string | undefined> {
  if (actor === undefined || actor === OPERATOR_ACTOR || !actor.includes('@')) return actor;
  const account = await data.accounts.findByEmail(actor.toLowerCase());
  if (!account) throw new TrellisError('BAD_INPUT', `No account with the email "${actor}".`, [{ field: 'actor', message: 'no account with this email' }]);
  return account.id;
}

export async function listAuditLog({ data }: { data: DataAccess }, actor: Actor, input: ListAuditInput): Promise<AuditLogPage> {
  assertAllowed(actor, 'read', { type: 'audit-log' });
  if (input.from !== undefined && input.to !== undefined && !(input.from < input.to)) {
    throw new TrellisError('BAD_INPUT', 'The dates are the wrong way round: `from` must be before `to`.', [{ field: 'from', message: 'must be before to' }]);
  }
  const page = await data.audit.list({ ...input, actor: await actorAccount(data, input.actor) });
  const names = await auditLookups(data, page.items, can(actor, 'read', { type: 'org-directory' }).allowed);
  return {
    items: page.items.map((e) => ({ ...toAuditItem(e, names), subjectName: e.subjectPerson === null ? null : (names.people.get(e.subjectPerson) ?? null) })),
    total: page.total,
  };
}

/** Every action recorded so far, for the filter's choices. */
export async function listAuditActions({ data }: { data: DataAccess }, actor: Actor): Promise<string[]> {
  assertAllowed(actor, 'read', { type: 'audit-log' });
  return data.audit.actions();
}
