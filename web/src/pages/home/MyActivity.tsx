/**
 * The home page beyond the cycle's steps, as the server computes it for the reader's roles: my
 * goals this quarter, the evidence I added lately, my shared ratings and challenges; for a manager
 * the challenges waiting for an answer; for an
 * administrator how current the records are and who has no account yet.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { DataTable, type Column } from '../../components/Table';
import { formatDate, formatDateTime, plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { reviewPaths } from '../reviews/types';

type Activity = Schemas['HomeActivity'];
type Mine = NonNullable<Activity['mine']>;
type Admin = NonNullable<Activity['admin']>;

const goalStatus: Record<string, string> = { 'not-started': 'not started', 'on-track': 'on track', 'at-risk': 'at risk', done: 'done', dropped: 'dropped' };

export function MyActivity({ personId }: { personId: string | null }) {
  const result = useApi('home-activity', (signal) => api('GET /api/home/activity', { signal }));
  return (
    <Async result={result} label="your activity">
      {(a) => (
        <>
          {a.mine && personId && <MineSection mine={a.mine} personId={personId} />}
          {a.challengesWaiting.length > 0 && <LineSection a={a} />}
          {a.admin && <AdminSection admin={a.admin} />}
        </>
      )}
    </Async>
  );
}

function MineSection({ mine, personId }: { mine: Mine; personId: string }) {
  const doc = paths.personDocument(personId);
  return (
    <div className="panels">
      <section className="panel" aria-labelledby="goals-title">
        <h2 id="goals-title">Your goals for {mine.quarter}</h2>
        {mine.goals.length === 0 ? (
          <p className="muted">
            No goals for {mine.quarter} yet. <Link to={doc}>Add them in your document</Link>.
          </p>
        ) : (
          <ul>
            {mine.goals.map((g) => (
              <li key={g.id}>
                {g.text} <span className="muted">({goalStatus[g.status] ?? g.status})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel" aria-labelledby="recent-title">
        <h2 id="recent-title">Evidence you added lately</h2>
        {mine.recentEvidence.length === 0 ? (
          <p className="muted">
            Nothing added in the last two weeks. <Link to={doc}>Add what you did while you remember it</Link>.
          </p>
        ) : (
          <ul>
            {mine.recentEvidence.map((e) => (
              <li key={e.id}>
                <Link to={`${doc}#evidence-${encodeURIComponent(e.id)}`}>{e.title}</Link> <span className="muted">({e.kind}, {formatDate(e.date)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {(mine.sharedRatings.length > 0 || mine.challenges.length > 0) && (
        <section className="panel" aria-labelledby="shared-title">
          <h2 id="shared-title">Your ratings and challenges</h2>
          <ul>
            {mine.sharedRatings.map((r) => (
              <li key={r.cycle.id}>
                <Link to={reviewPaths.ratings(r.cycle.id, personId)}>{r.cycle.name}</Link>: {plural(r.ratings, 'rating')} shared with you
              </li>
            ))}
            {mine.challenges.map((c) => (
              <li key={`${c.cycle.id}-${c.raisedAt}`}>
                Your challenge{c.signal ? ` on ${c.signal}` : ''} in <Link to={reviewPaths.ratings(c.cycle.id, personId)}>{c.cycle.name}</Link>:{' '}
                {c.state === 'answered' ? <strong>answered {formatDateTime(c.answeredAt)}</strong> : <>waiting for an answer since {formatDateTime(c.raisedAt)}</>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

type Waiting = Activity['challengesWaiting'][number];

const waitingColumns: Column<Waiting>[] = [
  { key: 'person', header: 'Person', rowHeader: true, cell: (w) => <Link to={reviewPaths.ratings(w.cycle.id, w.person.id)}>{w.person.name}</Link>, sortBy: (w) => w.person.name },
  { key: 'cycle', header: 'Cycle', cell: (w) => w.cycle.name },
  { key: 'signal', header: 'Signal', cell: (w) => w.signal ?? 'the ratings as a whole' },
  { key: 'raised', header: 'Raised', cell: (w) => formatDateTime(w.raisedAt), sortBy: (w) => w.raisedAt },
];

function LineSection({ a }: { a: Activity }) {
  return (
    <section className="panel" aria-labelledby="line-title">
      <h2 id="line-title">Your line</h2>
      <DataTable caption="Challenges waiting for an answer" columns={waitingColumns} rows={a.challengesWaiting} rowKey={(w) => `${w.cycle.id}-${w.person.id}-${w.raisedAt}`} initialSort={{ key: 'raised', dir: 'ascending' }} />
      <p className="hint">A challenge stays open until someone in the manager line answers it in writing.</p>
    </section>
  );
}

type RecordRow = Admin['records'][number];
const recordColumns: Column<RecordRow>[] = [
  { key: 'kind', header: 'Records', rowHeader: true, cell: (r) => r.kind },
  { key: 'count', header: 'Stored', cell: (r) => r.count.toLocaleString('en'), sortBy: (r) => r.count },
  { key: 'latest', header: 'Newest', cell: (r) => (r.latest === null ? <span className="notice-text">none yet</span> : formatDateTime(r.latest)), sortBy: (r) => r.latest },
];

function AdminSection({ admin }: { admin: Admin }) {
  const { accounts } = admin;
  const shown = accounts.peopleWithoutAccount.slice(0, 12);
  return (
    <section className="panel" aria-labelledby="admin-title">
      <h2 id="admin-title">Sources and accounts</h2>
      <DataTable caption="What Trellis holds, by kind of record" columns={recordColumns} rows={admin.records} rowKey={(r) => r.kind} />
      <p className="hint">A kind whose newest record is weeks old usually means a source stopped sending: a webhook secret rotated, a clone no longer pulled.</p>
      <p>
        {plural(accounts.total, 'account')}, {accounts.disabled} disabled, {plural(accounts.admins, 'administrator')}.{' '}
        {accounts.peopleWithoutAccount.length === 0 ? 'Every active person can sign in.' : `${plural(accounts.peopleWithoutAccount.length, 'active person', 'active people')} without an account:`}
      </p>
      {shown.length > 0 && (
        <ul className="inline-list">
          {shown.map((p) => (
            <li key={p.id}>
              <Link to={paths.person(p.id)}>{p.name}</Link>
            </li>
          ))}
          {accounts.peopleWithoutAccount.length > shown.length && <li>and {accounts.peopleWithoutAccount.length - shown.length} more</li>}
        </ul>
      )}
      {accounts.peopleWithoutAccount.length > 0 && (
        <p className="hint">
          Create accounts with <code>trellis account create --email … --role engineer --person …</code>, or let people sign in through your identity provider.
        </p>
      )}
    </section>
  );
}
