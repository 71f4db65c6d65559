/**
 * The audit log: append and read, never update or delete. Entries name the acting account and,
 * where there is one, the person whose record it was — the key of "who read my records".
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface AuditEntryInput {
  id: string;
  at: number;
  /** Null when the command line acted. */
  actorAccount: string | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectPerson: string | null;
  detail?: string | null;
}

export interface AuditEntry {
  id: string;
  at: number;
  /** Null for the command line (operator) and for accounts that no longer exist. */
  actor: { id: string; email: string; name: string } | null;
  action: string;
  resourceType: string;
  resourceId: string | null;
  subjectPerson: string | null;
  detail: string | null;
}

export interface AuditQuery {
  /** Only entries about this person's records. */
  subject?: string | undefined;
  /** Leave out what this person did themself (their own access log shows others only). */
  excludeActorPerson?: string | undefined;
  limit: number;
  offset: number;
}

export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: AuditEntryInput): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({ id: e.id, at: e.at, actor_account: e.actorAccount, action: e.action, resource_type: e.resourceType, resource_id: e.resourceId, subject_person: e.subjectPerson, detail: e.detail ?? null })
      .execute();
  }

  /** Newest first. */
  async list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    let base = this.db.selectFrom('audit_log').leftJoin('accounts', 'accounts.id', 'audit_log.actor_account').leftJoin('people', 'people.id', 'accounts.person');
    if (q.subject !== undefined) base = base.where('audit_log.subject_person', '=', q.subject);
    const exclude = q.excludeActorPerson;
    if (exclude !== undefined) base = base.where((eb) => eb.or([eb('accounts.person', 'is', null), eb('accounts.person', '!=', exclude)]));
    const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const rows = await base
      .select([
        'audit_log.id', 'audit_log.at', 'audit_log.actor_account', 'audit_log.action', 'audit_log.resource_type', 'audit_log.resource_id',
        'audit_log.subject_person', 'audit_log.detail', 'accounts.email', 'people.name',
      ])
      .orderBy('audit_log.at', 'desc')
      .orderBy('audit_log.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    const items = rows.map((r) => ({
      id: r.id,
      at: Number(r.at),
      actor: r.actor_account !== null && r.email !== null ? { id: r.actor_account, email: r.email, name: r.name ?? r.email } : null,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      subjectPerson: r.subject_person,
      detail: r.detail,
    }));
    return { items, total: Number(total.n) };
  }
}
