/**
 * `/audit` (admins): every recorded read of private records and every write, newest first.
 * The server enforces who may see it; others get its 403 shown as such.
 */
import { api } from '../api/client';
import { Async } from '../components/Async';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { Empty } from '../components/States';
import { formatTime } from '../format';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { navigate, useLocation, withQuery } from '../router/location';
import { describeAction } from './private/describe-action';
import { Table } from '../components/Table';

const limit = 50;

export function AuditPage() {
  const location = useLocation();
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const log = useApi(String(offset), (signal) => api('GET /api/audit', { query: { limit, offset }, signal }));
  return (
    <>
      <PageHeader title="Audit log" lead="Every view of private records and every change, newest first." />
      <Async result={log} label="the audit log">
        {({ items, total }) =>
          items.length === 0 ? (
            <Empty>Nothing has been recorded yet.</Empty>
          ) : (
            <>
              <Table caption="Audit entries">
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">What</th>
                    <th scope="col">About</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((entry, i) => (
                    <tr key={`${entry.at}-${offset + i}`}>
                      <td>{formatTime(entry.at)}</td>
                      <td>
                        {entry.actor.name} <span className="muted">{entry.actor.email}</span>
                      </td>
                      <td>{describeAction(entry)}</td>
                      <td>
                        <Subject id={entry.subjectPerson} name={entry.subjectName} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager noun="entries" total={total} limit={limit} offset={offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}

/**
 * Whose record an entry is about: their name, linked to their profile; the bare id when the
 * directory no longer knows the person (records outlive people), so nothing links to a 404.
 */
function Subject({ id, name }: { id: string | null; name: string | null }) {
  if (id === null) return <>—</>;
  if (name === null) return <span className="muted">{id}</span>;
  return <Link to={paths.person(id)}>{name}</Link>;
}
