/** Browser sessions, keyed by the hash of their cookie token (never the token itself). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface Session {
  id: string;
  accountId: string;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
}

export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(s: Session): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({ id: s.id, account: s.accountId, csrf_token: s.csrfToken, created_at: s.createdAt, expires_at: s.expiresAt, last_seen_at: s.lastSeenAt })
      .execute();
  }

  async get(id: string): Promise<Session | undefined> {
    const r = await this.db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
    if (!r) return undefined;
    return { id: r.id, accountId: r.account, csrfToken: r.csrf_token, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at), lastSeenAt: Number(r.last_seen_at) };
  }

  async touch(id: string, at: number): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id', '=', id).execute();
  }

  /** Drop sessions past their absolute end or idle for longer than `idleMs`. */
  async deleteExpired(now: number, idleMs: number): Promise<void> {
    await this.db
      .deleteFrom('sessions')
      .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', now - idleMs)]))
      .execute();
  }
}
