/**
 * The signed-in frame: skip link, header (product, who is signed in, sign out), navigation and
 * the main landmark. On every in-app navigation focus moves to the main region, as a page load
 * would, so keyboard and screen-reader users start at the new content.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAccount, useAuth } from '../auth/auth-context';
import { Link } from '../router/Link';
import { useLocation } from '../router/location';
import { currentItem, navigationFor } from './navigation';
import { NotificationBell } from './NotificationBell';

export function Shell({ children }: { children: ReactNode }) {
  const account = useAccount();
  const { signOut } = useAuth();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  const [signingOut, setSigningOut] = useState(false);
  const items = navigationFor(account);
  const current = currentItem(items, pathname);

  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = '';
    main.current?.focus();
    window.scrollTo?.(0, 0);
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Trellis
        </Link>
        <div className="who">
          <NotificationBell />
          <span>
            Signed in as <strong>{account.name}</strong>
          </span>
          <button
            type="button"
            className="button button-quiet"
            disabled={signingOut}
            onClick={() => {
              setSigningOut(true);
              void signOut();
            }}
          >
            {signingOut ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      </header>
      <div className="app-body">
        <nav className="app-nav" aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={item === current ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" ref={main} tabIndex={-1} className="app-main">
          {children}
        </main>
      </div>
    </div>
  );
}
