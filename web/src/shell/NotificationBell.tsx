/**
 * The bell in the header: how many notifications are unread, and the latest ones in a panel
 * that opens below it (Escape or a second press closes it). The full list and the email
 * settings are a link away. If the notifications cannot be loaded the bell shows without a
 * count rather than breaking the header.
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from '../router/Link';
import { NotificationList } from '../pages/notifications/NotificationList';
import { useInbox } from '../pages/notifications/useInbox';

export function NotificationBell() {
  const { query, markRead } = useInbox();
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const unread = query.data?.unread ?? 0;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const label = unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`;
  return (
    <div className="bell">
      <button type="button" className="button button-quiet bell-button" aria-expanded={open} aria-controls="bell-panel" aria-label={label} onClick={() => setOpen(!open)}>
        <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {unread > 0 && (
          <span className="bell-count" aria-hidden="true" data-testid="bell-count">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </button>
      {open && (
        <div id="bell-panel" className="bell-panel" ref={panel} role="region" aria-label="Notifications">
          {query.data === undefined ? (
            <p className="muted">{query.isError ? 'Notifications could not be loaded.' : 'Loading notifications…'}</p>
          ) : query.data.items.length === 0 ? (
            <p className="muted">No notifications yet.</p>
          ) : (
            <NotificationList items={query.data.items.slice(0, 8)} onRead={(ids) => void markRead(ids)} />
          )}
          <p className="toolbar">
            {unread > 0 && (
              <button type="button" className="button button-quiet" onClick={() => void markRead('all')}>
                Mark all read
              </button>
            )}
            <Link to="/notifications" onClick={() => setOpen(false)}>
              All notifications
            </Link>
            <Link to="/notifications/email" onClick={() => setOpen(false)}>
              Email settings
            </Link>
          </p>
        </div>
      )}
    </div>
  );
}
