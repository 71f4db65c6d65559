/**
 * Sign in with email and password, or with the organisation's identity provider when one is
 * configured. Errors are announced (role="alert"); the button is disabled while a request is in
 * flight so a double click cannot send two attempts towards the rate limit.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { api } from '../api/client';
import { ApiError } from '../api/errors';
import type { Providers } from '../api/operations';
import { useAuth } from '../auth/auth-context';
import { FormError } from '../components/Fields';
import { usePageTitle } from '../hooks/usePageTitle';
import { navigate, safeNextPath, useLocation } from '../router/location';

function messageFor(e: unknown): string {
  if (!(e instanceof ApiError)) return 'Something went wrong. Try again.';
  if (e.code === 'INVALID_CREDENTIALS') return 'That email and password do not match an account. Check them and try again.';
  // The server says why and how long to wait ("… Try again in 8 seconds.").
  if (e.code === 'RATE_LIMITED') return e.message;
  return e.message;
}

export function SignInPage() {
  usePageTitle('Sign in');
  const { signIn } = useAuth();
  const next = safeNextPath(useLocation().query.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  const [providers, setProviders] = useState<Providers>();

  useEffect(() => {
    const controller = new AbortController();
    // Without the answer the password form still works; only the SSO link would be missing.
    api('GET /api/auth/providers', { signal: controller.signal }).then(setProviders, () => undefined);
    return () => controller.abort();
  }, []);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError('Enter your email and password.');
      return;
    }
    setSubmitting(true);
    setError(undefined);
    try {
      await signIn(email.trim(), password);
      navigate(next, { replace: true });
    } catch (e) {
      setError(messageFor(e));
      setSubmitting(false);
    }
  };

  const oidc = providers?.oidc;
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true" />
          Trellis
        </p>
        <h1>Sign in</h1>
        <form onSubmit={(e) => void submit(e)} noValidate>
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input id="sign-in-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <FormError message={error} />
          <button type="submit" className="button button-primary button-wide" disabled={submitting}>
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        {oidc?.enabled && (
          <p className="sign-in-sso">
            <a className="button button-wide" href="/api/auth/oidc/start">
              Sign in with {oidc.name ?? 'single sign-on'}
            </a>
          </p>
        )}
      </div>
    </main>
  );
}
