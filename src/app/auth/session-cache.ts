/**
 * A small per-process cache of resolved sessions (the session row and its account), keyed by the
 * hash of the cookie token, kept for a few seconds. Without it every signed-in request costs two
 * queries (session, account joined to person) before it does anything — most of what a cached
 * delivery report request costs.
 *
 * What it may get wrong, and for how long:
 * - Expiry (idle and absolute) is still checked on every request, against the clock, so a session
 *   never outlives its limits because of the cache.
 * - Signing out in this process forgets the entry at once (`forget`), and a read that was in
 *   flight while something was forgotten is not stored (the epoch check), so a signed-out session
 *   cannot be put back by a request that raced the sign-out.
 * - A session deleted by ANOTHER instance (sign-out there), or an account disabled or given other
 *   roles by another process, is seen here after at most `ttlMs` (default 5 s). That is the
 *   trade-off: revocation takes effect within five seconds elsewhere, at once here. Sessions
 *   already live for 12 idle hours on a cookie, so five seconds more on another instance does
 *   not change what an attacker holding a stolen cookie can do in any way that matters.
 *
 * Only valid sessions are cached; an unknown or expired cookie always goes to the database.
 */
import type { Account } from '../../store/account-repository.js';
import type { Session } from '../../store/session-repository.js';

export interface CachedSession {
  session: Session;
  account: Account;
}

export const sessionCacheTtlMs = 5_000;

export class SessionCache {
  private readonly entries = new Map<string, CachedSession & { readAt: number }>();
  private forgotten = 0;

  constructor(
    readonly ttlMs = sessionCacheTtlMs,
    readonly capacity = 10_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The entry for `id` if it was read from the database less than `ttlMs` before `now`. */
  get(id: string, now: number): CachedSession | undefined {
    const hit = this.entries.get(id);
    if (hit === undefined) return undefined;
    if (now - hit.readAt >= this.ttlMs || now < hit.readAt) {
      this.entries.delete(id);
      return undefined;
    }
    return hit;
  }

  /** A token for `store`: take it before reading the database, so a racing `forget` wins. */
  epoch(): number {
    return this.forgotten;
  }

  /** Keep what was read from the database at `readAt`, unless something was forgotten since `epoch`. */
  store(id: string, value: CachedSession, readAt: number, epoch: number): void {
    if (epoch !== this.forgotten) return;
    this.entries.delete(id);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(id, { ...value, readAt });
  }

  /** Update the cached session (e.g. its `lastSeenAt` after a touch) without renewing its lifetime. */
  update(id: string, session: Session): void {
    const hit = this.entries.get(id);
    if (hit !== undefined) hit.session = session;
  }

  /** Sign-out (or anything that ends a session) in this process: takes effect on the next request. */
  forget(id: string): void {
    this.forgotten++;
    this.entries.delete(id);
  }
}
