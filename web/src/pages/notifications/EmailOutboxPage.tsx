/**
 * `/admin/email` (administrators): the notification emails by status — failed ones first, with
 * the mail server's last answer and a button to send one again from its first attempt. Says
 * plainly when email is off (no SMTP configured), so waiting emails are not a mystery.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { FormError } from '../../components/Fields';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { DataTable, type Column } from '../../components/Table';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { navigate, useLocation, withQuery } from '../../router/location';
import { describeFailure } from '../living-document/errors';

type Email = Schemas['OutboxEmail'];
const statuses = ['failed', 'pending', 'queued', 'sending', 'sent'] as const;
type Status = (typeof statuses)[number];
const statusLabel: Record<Status, string> = { failed: 'Failed', pending: 'Waiting', queued: 'Handed to the queue', sending: 'Being sent', sent: 'Sent' };

export function EmailOutboxPage() {
  const location = useLocation();
  const q = location.query.get('status');
  const status: Status = statuses.includes(q as Status) ? (q as Status) : 'failed';
  const result = useApi(`outbox|${status}`, (signal) => api('GET /api/email-outbox', { query: { status }, signal }));
  const [error, setError] = useState('');
  async function retry(id: string) {
    setError('');
    try {
      await api('POST /api/email-outbox/{id}/retry', { params: { id } });
      result.retry();
    } catch (e) {
      setError(describeFailure(e));
    }
  }
  const columns: Column<Email>[] = [
    { key: 'to', header: 'To', cell: (e) => e.to, sortBy: (e) => e.to, rowHeader: true },
    { key: 'subject', header: 'Subject', cell: (e) => e.subject },
    { key: 'created', header: 'Written', cell: (e) => formatDateTime(e.createdAt), sortBy: (e) => e.createdAt },
    { key: 'attempts', header: 'Attempts', cell: (e) => e.attempts, sortBy: (e) => e.attempts },
    { key: 'error', header: 'Last answer from the mail server', cell: (e) => e.lastError ?? '—' },
    ...(status === 'failed' ? [{ key: 'retry', header: 'Action', cell: (e: Email) => <button type="button" className="button button-quiet" onClick={() => void retry(e.id)}>Send again<span className="visually-hidden"> to {e.to}</span></button> }] : []),
  ];
  return (
    <>
      <PageHeader title="Email outbox" lead="Notification emails, written with the event that caused them and sent by the server with retries. After the last attempt an email is marked failed; send it again once the mail server is fixed." />
      <Async result={result} label="the email outbox">
        {(v) => (
          <>
            {!v.emailOn && <p className="notice" role="note">Email is off: no SMTP server is configured (TRELLIS_SMTP_HOST and TRELLIS_SMTP_FROM), so emails wait here. Notifications still reach the bell.</p>}
            <nav aria-label="Email status" className="toolbar">
              {statuses.map((s) => (
                <button key={s} type="button" className={s === status ? 'button button-primary' : 'button button-quiet'} aria-pressed={s === status} onClick={() => navigate(withQuery(location, { status: s }))}>
                  {statusLabel[s]} ({v.counts[s] ?? 0})
                </button>
              ))}
            </nav>
            <FormError message={error} />
            {v.items.length === 0 ? <Empty>{status === 'failed' ? 'No failed emails.' : `No emails ${statusLabel[status].toLowerCase()}.`}</Empty> : <DataTable caption={`${statusLabel[status]} emails`} columns={columns} rows={v.items} rowKey={(e) => e.id} />}
          </>
        )}
      </Async>
    </>
  );
}
