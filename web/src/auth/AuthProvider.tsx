/**
 * Holds the session: asks `/api/auth/me` on start, signs in and out, keeps the CSRF token where
 * the client finds it, and turns a 401 from any call into "sign in, then come back here".
 */
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { ApiError } from '../api/errors';
import { setCsrfToken, setUnauthenticatedHandler } from '../api/session';
import { navigate } from '../router/location';
import { AuthContext, type Auth, type AuthState } from './auth-context';

export function signInPathFor(href: string): string {
  return href === '/' || href.startsWith('/sign-in') ? '/sign-in' : `/sign-in?next=${encodeURIComponent(href)}`;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    api('GET /api/auth/me', { signal: controller.signal }).then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', account: session.account });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        if (e instanceof ApiError && e.status === 401) setState({ status: 'signed-out' });
        else setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        setCsrfToken(undefined);
        setState({ status: 'signed-out' });
        navigate(signInPathFor(window.location.pathname + window.location.search));
      }),
    [],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api('POST /api/auth/sign-in', { body: { email, password } });
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', account: session.account });
  }, []);

  const signOut = useCallback(async () => {
    // Leave the app even when the server cannot be told: a stale cookie is the lesser harm
    // than a sign-out button that appears to do nothing.
    await api('POST /api/auth/sign-out').catch(() => undefined);
    setCsrfToken(undefined);
    setState({ status: 'signed-out' });
    navigate('/sign-in');
  }, []);

  const refresh = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const auth = useMemo<Auth>(() => ({ state, signIn, signOut, refresh }), [state, signIn, signOut, refresh]);
  return <AuthContext.Provider value={auth}>{children}</AuthContext.Provider>;
}
