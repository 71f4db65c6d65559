import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { seedAccounts, testAccounts } from '../../../test/accounts.js';
import { describeEachDialect, freshStore, type TestStore } from '../../../test/dialects.js';
import { dataAccess, type DataAccess } from '../../store/data-access.js';
import { manualRuntime } from '../runtime.js';
import { resolveSession, touchEveryMs } from './resolve-session.js';
import { SessionCache, sessionCacheTtlMs } from './session-cache.js';
import { signOut } from './sign-out.js';
import { sessionIdleMs, startSession } from './start-session.js';

const T0 = Date.UTC(2026, 0, 5, 9);

describeEachDialect('resolving a session', (dialect) => {
  let store: TestStore;
  let data: DataAccess;
  beforeEach(async () => {
    store = await freshStore(dialect);
    await seedAccounts(store, false);
    data = dataAccess(store.db);
  });
  afterEach(() => store.dispose());

  async function started(runtime: ReturnType<typeof manualRuntime>, sessionCache?: SessionCache) {
    const account = (await data.accounts.get(testAccounts.admin.id))!;
    const { token } = await startSession({ data, runtime }, account, 'password');
    return { account, token, deps: { data, runtime, sessionCache } };
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

  it('reads the session and account once per few seconds with a cache, every time without', async () => {
    const runtime = manualRuntime(T0);
    const cache = new SessionCache();
    const { token, deps } = await started(runtime, cache);
    const get = vi.spyOn(data.sessions, 'get');
    const account = vi.spyOn(data.accounts, 'get');
    for (let i = 0; i < 5; i++) expect((await resolveSession(deps, token))?.account.id).toBe(testAccounts.admin.id);
    expect(get).toHaveBeenCalledTimes(1);
    expect(account).toHaveBeenCalledTimes(1);
    runtime.advance(sessionCacheTtlMs);
    await resolveSession(deps, token);
    expect(get).toHaveBeenCalledTimes(2);
    await resolveSession({ data, runtime }, token);
    await resolveSession({ data, runtime }, token);
    expect(get).toHaveBeenCalledTimes(4);
  });

  it('refuses a signed-out session at once in the same process, cached or not', async () => {
    const runtime = manualRuntime(T0);
    const cache = new SessionCache();
    const { account, token, deps } = await started(runtime, cache);
    const resolved = await resolveSession(deps, token);
    expect(cache.size).toBe(1);
    await signOut(deps, resolved!.sessionId, account);
    expect(await resolveSession(deps, token)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('does not cache a read that raced a sign-out', async () => {
    const runtime = manualRuntime(T0);
    const cache = new SessionCache();
    const { account, token, deps } = await started(runtime, cache);
    // The read happens before the sign-out; its result arrives after it.
    const realGet = data.sessions.get.bind(data.sessions);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    vi.spyOn(data.sessions, 'get').mockImplementationOnce(async (id) => {
      const row = await realGet(id);
      await gate;
      return row;
    });
    const racing = resolveSession(deps, token);
    await new Promise((r) => setTimeout(r, 20));
    const { sha256Hex } = await import('./secrets.js');
    await signOut(deps, sha256Hex(token), account);
    release();
    await racing; // it was in flight before the sign-out: it may still answer
    expect(cache.size).toBe(0);
    expect(await resolveSession(deps, token)).toBeNull();
  });

  it('sees a session ended by another instance within the cache lifetime', async () => {
    const runtime = manualRuntime(T0);
    const here = new SessionCache();
    const { account, token, deps } = await started(runtime, here);
    const resolved = await resolveSession(deps, token);
    await signOut({ data, runtime, sessionCache: new SessionCache() }, resolved!.sessionId, account); // elsewhere
    runtime.advance(sessionCacheTtlMs - 1);
    expect(await resolveSession(deps, token)).not.toBeNull(); // the documented staleness
    runtime.advance(1);
    expect(await resolveSession(deps, token)).toBeNull();
  });

  it('never lets a cached session outlive its absolute end', async () => {
    const runtime = manualRuntime(T0);
    const { token, deps } = await started(runtime, new SessionCache(60 * 60_000));
    const { sessionMaxMs } = await import('./start-session.js');
    for (let t = 0; t < sessionMaxMs; t += 6 * 60 * 60_000) {
      runtime.set(T0 + t);
      expect(await resolveSession(deps, token)).not.toBeNull();
    }
    runtime.set(T0 + sessionMaxMs);
    expect(await resolveSession(deps, token)).toBeNull();
  });
});
