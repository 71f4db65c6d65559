/** `/notifications`: all of the signed-in person's notifications, newest first, with mark read. */
import { PageHeader } from '../../components/PageHeader';
import { Empty, Loading } from '../../components/States';
import { Link } from '../../router/Link';
import { NotificationList } from './NotificationList';
import { useInbox } from './useInbox';

export function NotificationsPage() {
  const { query, markRead } = useInbox();
  const data = query.data;
  return (
    <>
      <PageHeader title="Notifications" lead="What happened in the review cycles you take part in, newest first. Which of these also reach you by email is yours to choose.">
        <p className="toolbar">
          <Link to="/notifications/email">Email settings</Link>
          {data && data.unread > 0 && (
            <button type="button" className="button button-quiet" onClick={() => void markRead('all')}>
              Mark all {data.unread} read
            </button>
          )}
        </p>
      </PageHeader>
      {data === undefined ? (
        query.isError ? (
          <p role="alert">Notifications could not be loaded: {query.error.message}</p>
        ) : (
          <Loading label="your notifications" />
        )
      ) : data.items.length === 0 ? (
        <Empty>No notifications yet. You will hear here when a cycle opens, a deadline nears, your review is shared or a challenge needs an answer.</Empty>
      ) : (
        <NotificationList items={data.items} onRead={(ids) => void markRead(ids)} />
      )}
    </>
  );
}
