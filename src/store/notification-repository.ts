/**
 * In-app notifications, the email outbox and email choices (migration 020). The outbox is a
 * table rather than a queue so that it commits with the event that causes it: a notification is
 * never lost because a mail server or a job queue was away when the event happened.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { NotificationOutboxTable, NotificationTables } from './schema-notifications.js';

/** Rows per insert: well under either dialect's limit on bound parameters (11 columns a row). */
const BATCH = 400;

export interface StoredNotification {
  id: string;
  recipient: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: number;
  readAt: number | null;
}

export type OutboxStatus = 'pending' | 'queued' | 'sending' | 'sent' | 'failed';

export interface OutboxEmail {
  id: string;
  notification: string;
  to: string;
  subject: string;
  body: string;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  lastError: string | null;
  createdAt: number;
  sentAt: number | null;
}

const toEmail = (r: NotificationOutboxTable): OutboxEmail => ({
  id: r.id,
  notification: r.notification,
  to: r.to_address,
  subject: r.subject,
  body: r.body,
  status: r.status as OutboxStatus,
  attempts: Number(r.attempts),
  nextAttemptAt: Number(r.next_attempt_at),
  lastError: r.last_error,
  createdAt: Number(r.created_at),
  sentAt: r.sent_at === null ? null : Number(r.sent_at),
});

export class NotificationRepository {
  private readonly db: Kysely<NotificationTables>;
  constructor(private readonly org: Kysely<Database>) {
    this.db = org.withTables<NotificationTables>();
  }

  /** Where each person's email goes: their own address, else the email of the account that signs in as them. */
  async addresses(people: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    const unique = [...new Set(people)];
    for (let i = 0; i < unique.length; i += 500) {
      const rows = await this.org
        .selectFrom('people')
        .leftJoin('accounts', (j) => j.onRef('accounts.person', '=', 'people.id').on('accounts.disabled', '=', 0))
        .select(['people.id', 'people.email as own', 'accounts.email as account'])
        .where('people.id', 'in', unique.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        const to = r.own ?? r.account;
        if (to && !out.has(r.id)) out.set(r.id, to);
      }
    }
    return out;
  }

  /**
   * Insert notifications, a few hundred rows per statement (a cycle opening notifies everyone);
   * returns the ids written. One whose dedupe key was already used is skipped — within the batch
   * too, where the first one keeps it.
   */
  async insertMany(ns: readonly (StoredNotification & { dedupeKey: string | null })[]): Promise<Set<string>> {
    const written = new Set<string>();
    for (let i = 0; i < ns.length; i += BATCH) {
      const rows = ns.slice(i, i + BATCH).map((n) => ({ id: n.id, recipient: n.recipient, kind: n.kind, title: n.title, body: n.body, link: n.link, created_at: n.createdAt, read_at: null, dedupe_key: n.dedupeKey }));
      const out = await this.db.insertInto('notifications').values(rows).onConflict((oc) => oc.column('dedupe_key').doNothing()).returning('id').execute();
      for (const r of out) written.add(r.id);
    }
    return written;
  }

  async insertEmails(es: readonly Omit<OutboxEmail, 'status' | 'attempts' | 'lastError' | 'sentAt'>[]): Promise<void> {
    for (let i = 0; i < es.length; i += BATCH) {
      await this.db
        .insertInto('notification_outbox')
        .values(
          es.slice(i, i + BATCH).map((e) => ({ id: e.id, notification: e.notification, to_address: e.to, subject: e.subject, body: e.body, status: 'pending', attempts: 0, next_attempt_at: e.nextAttemptAt, last_error: null, created_at: e.createdAt, sent_at: null })),
        )
        .execute();
    }
  }

  /** A recipient's notifications, newest first. */
  async listFor(recipient: string, limit: number): Promise<StoredNotification[]> {
    const rows = await this.db.selectFrom('notifications').selectAll().where('recipient', '=', recipient).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map((r) => ({ id: r.id, recipient: r.recipient, kind: r.kind, title: r.title, body: r.body, link: r.link, createdAt: Number(r.created_at), readAt: r.read_at === null ? null : Number(r.read_at) }));
  }

  async unreadCount(recipient: string): Promise<number> {
    const r = await this.db.selectFrom('notifications').select((eb) => eb.fn.countAll().as('n')).where('recipient', '=', recipient).where('read_at', 'is', null).executeTakeFirst();
    return Number(r?.n ?? 0);
  }

  /** Mark read; only the recipient's own rows. Returns how many changed. */
  async markRead(recipient: string, ids: readonly string[] | 'all', at: number): Promise<number> {
    let q = this.db.updateTable('notifications').set({ read_at: at }).where('recipient', '=', recipient).where('read_at', 'is', null);
    if (ids !== 'all') {
      if (ids.length === 0) return 0;
      q = q.where('id', 'in', ids);
    }
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  /** The email choices people have stored (kind → on/off), for these people. */
  async emailChoices(people: readonly string[]): Promise<Map<string, Map<string, boolean>>> {
    const out = new Map<string, Map<string, boolean>>();
    if (people.length === 0) return out;
    const rows = await this.db.selectFrom('notification_preferences').selectAll().where('person', 'in', people).execute();
    for (const r of rows) {
      const m = out.get(r.person) ?? new Map<string, boolean>();
      m.set(r.kind, Number(r.email) === 1);
      out.set(r.person, m);
    }
    return out;
  }

  async saveEmailChoices(person: string, choices: Record<string, boolean>, at: number): Promise<void> {
    for (const [kind, on] of Object.entries(choices)) {
      await this.db
        .insertInto('notification_preferences')
        .values({ person, kind, email: on ? 1 : 0, updated_at: at })
        .onConflict((oc) => oc.columns(['person', 'kind']).doUpdateSet({ email: on ? 1 : 0, updated_at: at }))
        .execute();
    }
  }

  async email(id: string): Promise<OutboxEmail | undefined> {
    const r = await this.db.selectFrom('notification_outbox').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toEmail(r) : undefined;
  }

  /** Pending emails whose next attempt is due, oldest first. */
  async dueEmails(now: number, limit: number): Promise<OutboxEmail[]> {
    const rows = await this.db.selectFrom('notification_outbox').selectAll().where('status', '=', 'pending').where('next_attempt_at', '<=', now).orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
    return rows.map(toEmail);
  }

  /**
   * PostgreSQL only: take due pending emails for the job queue, skipping rows another instance
   * is taking at the same moment, so each email is handed to the queue once.
   */
  async claimDueForQueue(now: number, limit: number): Promise<string[]> {
    const rows = await sql<{ id: string }>`
      update notification_outbox set status = 'queued', next_attempt_at = ${now}
      where id in (select id from notification_outbox where status = 'pending' and next_attempt_at <= ${now} order by next_attempt_at limit ${limit} for update skip locked)
      returning id`.execute(this.db);
    return rows.rows.map((r) => r.id);
  }

  /**
   * Take one email for an attempt: only one sender ever gets true for it (the update is atomic),
   * so a job the queue delivers twice, or two instances at once, never send it twice.
   */
  async startSending(id: string, now: number): Promise<boolean> {
    const r = await this.db.updateTable('notification_outbox').set({ status: 'sending', next_attempt_at: now }).where('id', '=', id).where('status', 'in', ['pending', 'queued']).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  /**
   * Emails taken (queued or being sent) before `before` and never finished — a process that
   * stopped mid-send, a job the queue lost — go back to pending, so none is lost for good.
   */
  async requeueStale(before: number): Promise<number> {
    const r = await this.db.updateTable('notification_outbox').set({ status: 'pending' }).where('status', 'in', ['queued', 'sending']).where('next_attempt_at', '<', before).executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async markSent(id: string, at: number, attempts: number): Promise<void> {
    await this.db.updateTable('notification_outbox').set({ status: 'sent', sent_at: at, attempts, last_error: null }).where('id', '=', id).execute();
  }

  /** Record a failed attempt: back to pending for a later try, or failed for good. */
  async markAttemptFailed(id: string, attempts: number, error: string, next: number | 'failed'): Promise<void> {
    await this.db
      .updateTable('notification_outbox')
      .set(next === 'failed' ? { status: 'failed', attempts, last_error: error } : { status: 'pending', attempts, last_error: error, next_attempt_at: next })
      .where('id', '=', id)
      .execute();
  }

  /** Send a failed email again from the first attempt. */
  async retry(id: string, now: number): Promise<boolean> {
    const r = await this.db.updateTable('notification_outbox').set({ status: 'pending', attempts: 0, next_attempt_at: now }).where('id', '=', id).where('status', '=', 'failed').executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async emailsWithStatus(status: OutboxStatus, limit: number): Promise<OutboxEmail[]> {
    const rows = await this.db.selectFrom('notification_outbox').selectAll().where('status', '=', status).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
    return rows.map(toEmail);
  }

  async emailCounts(): Promise<Record<OutboxStatus, number>> {
    const rows = await this.db.selectFrom('notification_outbox').select(['status', (eb) => eb.fn.countAll().as('n')]).groupBy('status').execute();
    const out: Record<OutboxStatus, number> = { pending: 0, queued: 0, sending: 0, sent: 0, failed: 0 };
    for (const r of rows) if (r.status in out) out[r.status as OutboxStatus] = Number(r.n);
    return out;
  }
}
