/**
 * The app's top level: the sign-in page for everyone, the shell and its pages only for a
 * signed-in account. A signed-out visit anywhere goes to sign-in and comes back afterwards.
 */
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { AuthProvider, signInPathFor } from './auth/AuthProvider';
import { useAuth } from './auth/auth-context';
import { Failed, Loading } from './components/States';
import { createQueryClient } from './hooks/useApi';
import { ApiError } from './api/errors';
import { NotFoundPage } from './pages/NotFoundPage';
import { SignInPage } from './pages/SignInPage';
import { appRoutes } from './routes';
import { navigate, safeNextPath, useLocation } from './router/location';
import { Routes } from './router/Routes';
import { Shell } from './shell/Shell';

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <Gate />
      </AuthProvider>
    </QueryClientProvider>
  );
}

function Gate() {
  const { state, refresh } = useAuth();
  const location = useLocation();
  const onSignIn = location.pathname === '/sign-in';
  const queryClient = useQueryClient();

  // What one account loaded is never shown to the next one signing in on this tab.
  useEffect(() => {
    if (state.status === 'signed-out') queryClient.clear();
  }, [state.status, queryClient]);

  useEffect(() => {
    if (state.status === 'signed-out' && !onSignIn) navigate(signInPathFor(location.href), { replace: true });
    if (state.status === 'signed-in' && onSignIn) navigate(safeNextPath(location.query.get('next')), { replace: true });
  }, [state.status, onSignIn, location]);

  if (state.status === 'loading') {
    return (
      <main id="main" className="centered">
        <Loading label="Trellis" />
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main id="main" className="centered">
        <Failed error={new ApiError(0, 'NETWORK', state.message)} retry={refresh} label="Trellis" />
      </main>
    );
  }
  if (state.status === 'signed-out') return <SignInPage />;
  // Signed in on /sign-in: the effect above is already leaving for `next`.
  if (onSignIn) return null;
  return (
    <Shell>
      <Routes routes={appRoutes} fallback={<NotFoundPage />} />
    </Shell>
  );
}
