/**
 * From a cookie or a bearer token to an account. First the one rule of the per-process credential
 * cache (session-cache.ts), for cookie sessions and API tokens alike: read once per few seconds;
 * ended (signed out, revoked) in this process, refused at once, even by a read that raced the end;
 * ended through another instance, refused within the cache's lifetime. Then what each kind has
 * of its own.
 */
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { seedAccounts, testAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { readAcross } from '../../../test/held-read.js';
import { accountActor } from '../../core/access/actor.js';
import type { Account } from '../../store/account-repository.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { manualRuntime, type Runtime } from '../runtime.js';
import { createApiToken } from './create-api-token.js';
import { resolveApiToken } from './resolve-api-token.js';
import { resolveSession, touchEveryMs } from './resolve-session.js';
import { revokeApiToken } from './revoke-api-token.js';
import { sha256Hex } from './secrets.js';
import { SessionCache, sessionCacheTtlMs } from './session-cache.js';
import { signOut } from './sign-out.js';
import { sessionIdleMs, sessionMaxMs, startSession } from './start-session.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const admin = accountActor({ accountId: testAccounts.admin.id, personId: null, roles: ['admin'] });

interface Issued {
  /** Who the credential signs in, through `sessionCache` when given; null when refused. */
  resolve(sessionCache?: SessionCache): Promise<{ account: Account } | null>;
  /** Sign out or revoke, in the process that holds `sessionCache`. */
  end(sessionCache: SessionCache): Promise<void>;
}

interface CredentialKind {
  kind: string;
  issue(data: DataAccess, runtime: Runtime): Promise<Issued>;
  /** Count the reads that look the credential up (before the account's). */
  countLookups(data: DataAccess): MockInstance;
  /** Run `read` with its lookup held back until `end` has finished. */
  lookupAcross(data: DataAccess, read: () => Promise<unknown>, end: () => Promise<void>): Promise<void>;
}

const kinds: CredentialKind[] = [
  {
    kind: 'cookie session',
    async issue(data, runtime) {
      const account = (await data.accounts.get(testAccounts.admin.id))!;
      const { token } = await startSession({ data, runtime }, account, 'password');
      return {
        resolve: (sessionCache) => resolveSession({ data, runtime, sessionCache }, token),
        end: (sessionCache) => signOut({ data, runtime, sessionCache }, sha256Hex(token), account),
      };
    },
    countLookups: (data) => vi.spyOn(data.sessions, 'get'),
    lookupAcross: (data, read, end) => readAcross(data.sessions, 'get', read, end),
  },
  {
    kind: 'API token',
    async issue(data, runtime) {
      const { id, token } = await createApiToken({ data, runtime }, admin, { accountId: testAccounts.admin.id, name: 'nightly import' });
      return {
        resolve: (sessionCache) => resolveApiToken({ data, runtime, sessionCache }, token),
        end: (sessionCache) => revokeApiToken({ data, runtime, sessionCache }, admin, id),
      };
    },
    countLookups: (data) => vi.spyOn(data.apiTokens, 'findByHash'),
    lookupAcross: (data, read, end) => readAcross(data.apiTokens, 'findByHash', read, end),
  },
];

describeEachDialect('resolving sessions and API tokens', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedAccounts(store, false);
    data = dataAccess(store.db);
  });
  afterEach(() => store.dispose());

  describe.each(kinds)('the cache rule, for $kind', (k) => {
    it('reads the credential and account once per few seconds with the cache, every time without', async () => {
      const runtime = manualRuntime(T0);
      const cache = new SessionCache();
      const credential = await k.issue(data, runtime);
      const lookups = k.countLookups(data);
      const account = vi.spyOn(data.accounts, 'get');
      for (let i = 0; i < 5; i++) {
        expect((await credential.resolve(cache))?.account.id).toBe(testAccounts.admin.id);
        runtime.advance(1_000);
      }
      expect(lookups).toHaveBeenCalledTimes(1);
      expect(account).toHaveBeenCalledTimes(1);
      await credential.resolve(cache); // the cache's lifetime after the read
      expect(lookups).toHaveBeenCalledTimes(2);
      await credential.resolve();
      await credential.resolve();
      expect(lookups).toHaveBeenCalledTimes(4);
    });

    it('refuses it at once in the process that ends it, cached or not', async () => {
      const runtime = manualRuntime(T0);
      const cache = new SessionCache();
      const credential = await k.issue(data, runtime);
      expect(await credential.resolve(cache)).not.toBeNull();
      expect(cache.size).toBe(1);
      await credential.end(cache);
      expect(cache.size).toBe(0);
      expect(await credential.resolve(cache)).toBeNull();
    });

    it('does not cache a read that raced its end', async () => {
      const runtime = manualRuntime(T0);
      const cache = new SessionCache();
      const credential = await k.issue(data, runtime);
      await k.lookupAcross(data, () => credential.resolve(cache), () => credential.end(cache));
      expect(cache.size).toBe(0);
      expect(await credential.resolve(cache)).toBeNull();
    });

    it('sees it ended through another instance within the cache lifetime', async () => {
      const runtime = manualRuntime(T0);
      const here = new SessionCache();
      const credential = await k.issue(data, runtime);
      expect(await credential.resolve(here)).not.toBeNull();
      await credential.end(new SessionCache()); // elsewhere
      runtime.advance(sessionCacheTtlMs - 1);
      expect(await credential.resolve(here)).not.toBeNull(); // the documented staleness
      runtime.advance(1);
      expect(await credential.resolve(here)).toBeNull();
    });
  });

  describe('a cookie session', () => {
    async function started(runtime: ReturnType<typeof manualRuntime>, sessionCache?: SessionCache) {
      const account = (await data.accounts.get(testAccounts.admin.id))!;
      const { token } = await startSession({ data, runtime }, account, 'password');
      return { token, deps: { data, runtime, sessionCache } };
    }

    it('extends the idle expiry at most once a minute, not on every request', async () => {
      const runtime = manualRuntime(T0);
      const { token, deps } = await started(runtime, new SessionCache());
      const touch = vi.spyOn(data.sessions, 'touch');
      for (let i = 0; i < 20; i++) {
        runtime.advance(5_000); // 100 s of requests every 5 s
        expect(await resolveSession(deps, token)).not.toBeNull();
      }
      expect(touch).toHaveBeenCalledTimes(1);
      expect(touch.mock.calls[0]![1]).toBe(T0 + 60_000);
      // The idle limit counts from the last write: nearly 12 idle hours later it still opens …
      runtime.advance(sessionIdleMs - 1_000 - (runtime.now() - (T0 + touchEveryMs)));
      expect(await resolveSession(deps, token)).not.toBeNull();
      // … and 12 idle hours after that request, it no longer does, and the row is gone.
      runtime.advance(sessionIdleMs);
      expect(await resolveSession(deps, token)).toBeNull();
      expect(await store.db.selectFrom('sessions').select('id').execute()).toEqual([]);
    });

    it('never lets a cached session outlive its absolute end', async () => {
      const runtime = manualRuntime(T0);
      const { token, deps } = await started(runtime, new SessionCache(60 * 60_000));
      for (let t = 0; t < sessionMaxMs; t += 6 * 60 * 60_000) {
        runtime.set(T0 + t);
        expect(await resolveSession(deps, token)).not.toBeNull();
      }
      runtime.set(T0 + sessionMaxMs);
      expect(await resolveSession(deps, token)).toBeNull();
    });
  });

  describe('an API token', () => {
    let runtime: ReturnType<typeof manualRuntime>;
    let cache: SessionCache;
    beforeEach(() => {
      runtime = manualRuntime(T0);
      cache = new SessionCache();
    });
    const created = () => createApiToken({ data, runtime }, admin, { accountId: testAccounts.admin.id, name: 'nightly import' });

    it('writes last_used_at at most once a minute through the cache', async () => {
      const { token } = await created();
      const touch = vi.spyOn(data.apiTokens, 'touch');
      for (let i = 0; i < 20; i++) {
        expect(await resolveApiToken({ data, runtime, sessionCache: cache }, token)).not.toBeNull();
        runtime.advance(5_000); // 100 s of requests every 5 s
      }
      expect(touch.mock.calls.map((c) => c[1])).toEqual([T0, T0 + touchEveryMs]);
    });

    it('forgets a token revoked here that another instance had already revoked', async () => {
      const { id, token } = await created();
      const deps = { data, runtime, sessionCache: cache };
      expect(await resolveApiToken(deps, token)).not.toBeNull();
      await revokeApiToken({ data, runtime, sessionCache: new SessionCache() }, admin, id); // elsewhere
      await revokeApiToken(deps, admin, id); // a no-op in the database, but this process still held it
      expect(await resolveApiToken(deps, token)).toBeNull();
    });

    it('keeps cookie sessions and API tokens apart in the one cache', async () => {
      const { id, token } = await created();
      await resolveApiToken({ data, runtime, sessionCache: cache }, token);
      const hash = sha256Hex(token);
      expect(cache.get(hash, runtime.now())).toBeUndefined();
      cache.forget(hash); // a sign-out never ends a token …
      cache.forgetToken('another-token');
      expect(cache.getToken(hash, runtime.now())?.token.id).toBe(id); // … nor does another token's revocation
    });
  });
});
