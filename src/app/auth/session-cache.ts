/**
 * A small per-process cache of resolved credentials, kept for a few seconds: sessions (the
 * session row and its account, keyed by the hash of the cookie token) and API tokens (the token
 * row and its account, keyed by the hash of the bearer token). Without it every signed-in request
 * costs two queries (session or token, account joined to person) before it does anything — most
 * of what a cached delivery report request costs.
 *
 * What it may get wrong, and for how long (the same for sessions and API tokens):
 * - Session expiry (idle and absolute) is still checked on every request, against the clock, so a
 *   session never outlives its limits because of the cache. (API tokens do not expire.)
 * - Signing out, or revoking an API token, in this process forgets the entry at once (`forget`,
 *   `forgetToken`), and a read that was in flight while something was forgotten is not stored
 *   (the epoch check), so an ended session or revoked token cannot be put back by a request that
 *   raced its end.
 * - A session deleted or a token revoked by ANOTHER instance, or an account disabled or given
 *   other roles by another process, is seen here after at most `ttlMs` (default 5 s). That is
 *   the trade-off: revocation takes effect within five seconds elsewhere, at once here. Sessions
 *   already live for 12 idle hours on a cookie, and tokens until revoked, so five seconds more on
 *   another instance does not change what an attacker holding a stolen cookie or token can do in
 *   any way that matters.
 *
 * Only valid credentials are cached; an unknown, expired or revoked one always goes to the database.
 */
import type { Account } from '../../store/account-repository.js';
import type { ApiToken } from '../../store/api-token-repository.js';
import type { Session } from '../../store/session-repository.js';

export interface CachedSession {
  session: Session;
  account: Account;
}

export interface CachedApiToken {
  token: ApiToken;
  account: Account;
}

type Entry = (CachedSession | CachedApiToken) & { readAt: number };

export const sessionCacheTtlMs = 5_000;

/** Token entries have keys of their own (a session's key is a bare hash), so the two never meet. */
const tokenKey = (tokenHash: string): string => `token:${tokenHash}`;

export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private forgotten = 0;

  constructor(
    readonly ttlMs = sessionCacheTtlMs,
    readonly capacity = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The session `id` if it was read from the database less than `ttlMs` before `now`. */
  get(id: string, now: number): CachedSession | undefined {
    const hit = this.fresh(id, now);
    return hit !== undefined && 'session' in hit ? hit : undefined;
  }

  /** The API token with this hash if it was read from the database less than `ttlMs` before `now`. */
  getToken(tokenHash: string, now: number): CachedApiToken | undefined {
    const hit = this.fresh(tokenKey(tokenHash), now);
    return hit !== undefined && 'token' in hit ? hit : undefined;
  }

  /** A token for `store`: take it before reading the database, so a racing `forget` wins. */
  epoch(): number {
    return this.forgotten;
  }

  /** Keep the session read from the database at `readAt`, unless something was forgotten since `epoch`. */
  store(id: string, value: CachedSession, readAt: number, epoch: number): void {
    this.put(id, { ...value, readAt }, epoch);
  }

  /** Keep the API token read from the database at `readAt`, unless something was forgotten since `epoch`. */
  storeToken(tokenHash: string, value: CachedApiToken, readAt: number, epoch: number): void {
    this.put(tokenKey(tokenHash), { ...value, readAt }, epoch);
  }

  /** Update the cached session (e.g. its `lastSeenAt` after a touch) without renewing its lifetime. */
  update(id: string, session: Session): void {
    const hit = this.entries.get(id);
    if (hit !== undefined && 'session' in hit) hit.session = session;
  }

  /** Update the cached API token (its `lastUsedAt` after a touch) without renewing its lifetime. */
  updateToken(tokenHash: string, token: ApiToken): void {
    const hit = this.entries.get(tokenKey(tokenHash));
    if (hit !== undefined && 'token' in hit) hit.token = token;
  }

  /** Sign-out (or anything that ends a session) in this process: takes effect on the next request. */
  forget(id: string): void {
    this.forgotten++;
    this.entries.delete(id);
  }

  /** Revoking an API token in this process (by its id: the token itself is not kept): takes effect on the next request. */
  forgetToken(tokenId: string): void {
    this.forgotten++;
    for (const [key, entry] of this.entries) if ('token' in entry && entry.token.id === tokenId) this.entries.delete(key);
  }

  private fresh(key: string, now: number): Entry | undefined {
    const hit = this.entries.get(key);
    if (hit === undefined) return undefined;
    if (now - hit.readAt >= this.ttlMs || now < hit.readAt) {
      this.entries.delete(key);
      return undefined;
    }
    return hit;
  }

  private put(key: string, entry: Entry, epoch: number): void {
    if (epoch !== this.forgotten) return;
    this.entries.delete(key);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, entry);
  }
}
