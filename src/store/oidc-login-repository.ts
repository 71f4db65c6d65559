/**
 * Sign-ins through the identity provider that have started but not come back yet. Kept in the
 * store rather than in memory so any instance behind a load balancer can finish the flow.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface PendingOidcLogin {
  /** sha256 (hex) of the browser-binding cookie. */
  id: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: number;
}

export class OidcLoginRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(l: PendingOidcLogin): Promise<void> {
    await this.db.insertInto('oidc_logins').values({ id: l.id, state: l.state, nonce: l.nonce, code_verifier: l.codeVerifier, expires_at: l.expiresAt }).execute();
  }

  /** Read and delete in one go: a pending sign-in can be completed once only. */
  async take(id: string): Promise<PendingOidcLogin | undefined> {
    const r = await this.db.deleteFrom('oidc_logins').where('id', '=', id).returningAll().executeTakeFirst();
    return r ? { id: r.id, state: r.state, nonce: r.nonce, codeVerifier: r.code_verifier, expiresAt: Number(r.expires_at) } : undefined;
  }

  async deleteExpired(now: number): Promise<void> {
    await this.db.deleteFrom('oidc_logins').where('expires_at', '<=', now).execute();
  }
}
