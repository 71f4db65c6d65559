/**
 * Notifications as a list (the bell's popover and the notifications page): each says what
 * happened, when, and links to the thing; opening one marks it read, and so does its button.
 */
import type { Schemas } from '../../api/openapi.gen';
import { formatDateTime } from '../../format';
import { Link } from '../../router/Link';

export type Notification = Schemas['Notification'];

export function NotificationList({ items, onRead }: { items: readonly Notification[]; onRead: (ids: string[]) => void }) {
  return (
    <ul className="notification-list">
      {items.map((n) => (
        <li key={n.id} className={n.readAt === null ? 'notification unread' : 'notification'} data-kind={n.kind}>
          <p className="notification-title">
            {n.readAt === null && <span className="visually-hidden">Unread: </span>}
            {n.link ? (
              <Link to={n.link} onClick={() => n.readAt === null && onRead([n.id])}>
                {n.title}
              </Link>
            ) : (
              n.title
            )}
          </p>
          <p className="notification-body">{n.body}</p>
          <p className="muted">
            {formatDateTime(n.createdAt)}
            {n.readAt === null && (
              <>
                {' · '}
                <button type="button" className="button-link" onClick={() => onRead([n.id])}>
                  Mark read<span className="visually-hidden">: {n.title}</span>
                </button>
              </>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
