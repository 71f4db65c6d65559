/**
 * Who is signed in, as React context. Pages read it through `useAuth`; only AuthProvider
 * changes it.
 */
import { createContext, useContext } from 'react';
import type { Account } from '../api/operations';

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: Account }
  /** `/api/auth/me` failed for a reason other than 401: the server is down, say so. */
  | { status: 'error'; message: string };

export interface Auth {
  state: AuthState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
  /** Ask the server again who we are (after an error). */
  refresh(): void;
}

export const AuthContext = createContext<Auth | undefined>(undefined);

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth needs an <AuthProvider> above it');
  return auth;
}

/** The signed-in account; only for components rendered inside the signed-in shell. */
export function useAccount(): Account {
  const { state } = useAuth();
  if (state.status !== 'signed-in') throw new Error('useAccount outside the signed-in app');
  return state.account;
}

export function isAdmin(account: Account): boolean {
  return account.roles.includes('admin');
}
