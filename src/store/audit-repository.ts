/**
 * The audit log: append and read, never update or delete. Entries name the acting account and,
 * where there is one, the person whose record it was — the key of "who read my records". An entry
 * about several people (a list read) names them in `audit_subjects` (migration 014), so each of
 * them still finds it in their own access log.
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
  /** The people an entry about several records names (a list read); their access logs show it. */
  subjects?: readonly string[] | undefined;
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
  /** The people a list read named; empty for an entry about one person or none. */
  subjects: string[];
  detail: string | null;
}

export interface AuditQuery {
  /** Only entries about this person's records (alone, or among the people a list read named). */
  subject?: string | undefined;
  /** Leave out what this person did themself (their own access log shows others only). */
  excludeActorPerson?: string | undefined;
  /** Only what this account did; `operator` for the command line. */
  actor?: string | undefined;
  action?: string | undefined;
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
  limit: number;
  offset: number;
}

/** The actor filter's name for entries the command line wrote (they have no account). */
export const OPERATOR_ACTOR = 'operator';


export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async append(e: AuditEntryInput): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({ id: e.id, at: e.at, actor_account: e.actorAccount, action: e.action, resource_type: e.resourceType, resource_id: e.resourceId, subject_person: e.subjectPerson, detail: e.detail ?? null })
      .execute();
    const subjects = [...new Set(e.subjects ?? [])];
    if (subjects.length > 0) await this.db.insertInto('audit_subjects').values(subjects.map((person) => ({ audit_id: e.id, person }))).execute();
  }

  /** Newest first. */
  async list(q: AuditQuery): Promise<{ items: AuditEntry[]; total: number }> {
    let base = this.db.selectFrom('audit_log').leftJoin('accounts', 'accounts.id', 'audit_log.actor_account').leftJoin('people', 'people.id', 'accounts.person');
    const subject = q.subject;
    if (subject !== undefined) {
      base = base.where((eb) =>
        eb.or([eb('audit_log.subject_person', '=', subject), eb('audit_log.id', 'in', eb.selectFrom('audit_subjects').select('audit_subjects.audit_id').where('audit_subjects.person', '=', subject))]),
      );
    }
    const exclude = q.excludeActorPerson;
    if (exclude !== undefined) base = base.where((eb) => eb.or([eb('accounts.person', 'is', null), eb('accounts.person', '!=', exclude)]));
    if (q.actor === OPERATOR_ACTOR) base = base.where('audit_log.actor_account', 'is', null);
    else if (q.actor !== undefined) base = base.where('audit_log.actor_account', '=', q.actor);
    if (q.action !== undefined) base = base.where('audit_log.action', '=', q.action);
    if (q.from !== undefined) base = base.where('audit_log.at', '>=', q.from);
    if (q.to !== undefined) base = base.where('audit_log.at', '<', q.to);
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
    const subjects = await this.subjectsOf(rows.map((r) => r.id));
    const items = rows.map((r) => ({
      id: r.id,
      at: Number(r.at),
      actor: r.actor_account !== null && r.email !== null ? { id: r.actor_account, email: r.email, name: r.name ?? r.email } : null,
      action: r.action,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      subjectPerson: r.subject_person,
      subjects: subjects.get(r.id) ?? [],
      detail: r.detail,
    }));
    return { items, total: Number(total.n) };
  }

  /** The distinct actions recorded, for the audit page's filter. */
  async actions(): Promise<string[]> {
    const rows = await this.db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute();
    return rows.map((r) => r.action);
  }

  private async subjectsOf(ids: readonly string[]): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (ids.length === 0) return out;
    const rows = await this.db.selectFrom('audit_subjects').select(['audit_id', 'person']).where('audit_id', 'in', ids).orderBy('audit_id').orderBy('person').execute();
    for (const r of rows) out.set(r.audit_id, [...(out.get(r.audit_id) ?? []), r.person]);
    return out;
  }
}
