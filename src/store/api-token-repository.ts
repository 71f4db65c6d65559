/** API tokens for scripts and integrations, stored as hashes and revoked rather than deleted (for the audit trail). */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface ApiToken {
  id: string;
  accountId: string;
  name: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

const num = (v: number | null): number | null => (v === null ? null : Number(v));

export class ApiTokenRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(t: Omit<ApiToken, 'lastUsedAt' | 'revokedAt'> & { tokenHash: string }): Promise<void> {
    await this.db
      .insertInto('api_tokens')
      .values({ id: t.id, account: t.accountId, name: t.name, token_hash: t.tokenHash, created_at: t.createdAt, last_used_at: null, revoked_at: null })
      .execute();
  }

  async findByHash(tokenHash: string): Promise<ApiToken | undefined> {
    const r = await this.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return r ? toToken(r) : undefined;
  }

  async get(id: string): Promise<ApiToken | undefined> {
    const r = await this.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toToken(r) : undefined;
  }

  async listForAccount(accountId: string): Promise<ApiToken[]> {
    const rows = await this.db.selectFrom('api_tokens').selectAll().where('account', '=', accountId).orderBy('created_at', 'desc').orderBy('id').execute();
    return rows.map(toToken);
  }

  async revoke(id: string, at: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  }

  async touch(id: string, at: number): Promise<void> {
    await this.db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
  }
}

function toToken(r: Database['api_tokens']): ApiToken {
  return { id: r.id, accountId: r.account, name: r.name, createdAt: Number(r.created_at), lastUsedAt: num(r.last_used_at), revokedAt: num(r.revoked_at) };
}
