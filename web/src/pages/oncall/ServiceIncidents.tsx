/** A service's latest incidents, repeats marked, each linking to its timeline. */
import { api } from '../../api/client';
import { Table } from '../../components/Table';
import { Empty } from '../../components/States';
import { formatDateTime } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';

export function ServiceIncidents({ service }: { service: string }) {
  const result = useApi(service, (signal) => api('GET /api/services/{id}/incidents', { params: { id: service }, signal }));
  if (result.status !== 'ok') return null;
  const { items, repeats } = result.data;
  return (
    <section className="panel" aria-labelledby="incidents-title">
      <h2 id="incidents-title">Incidents</h2>
      {items.length === 0 ? (
        <Empty>No incidents recorded for this service.</Empty>
      ) : (
        <Table caption={`Latest ${items.length} incidents; ${repeats} repeat an earlier incident with the same cause within 90 days`}>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Incident</th>
              <th scope="col">Severity</th>
              <th scope="col">Cause</th>
              <th scope="col">Repeat of</th>
              <th scope="col">Postmortem</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{formatDateTime(i.startedAt)}</td>
                <td><Link to={paths.incident(i.id)}>{i.title ?? i.id}</Link></td>
                <td>{i.severity ?? '—'}</td>
                <td>{i.cause ?? '—'}</td>
                <td>{i.repeatOf ? <Link to={paths.incident(i.repeatOf)}>{i.repeatOf}</Link> : '—'}</td>
                <td>{i.postmortem ? <a href={i.postmortem} rel="noreferrer noopener" target="_blank">Postmortem</a> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
