/** `/services`: every service and the team that owns it (its delivery figures belong to that team). */
import { api } from '../api/client';
import { Async } from '../components/Async';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { SearchBox } from '../components/SearchBox';
import { Empty } from '../components/States';
import { TeamFilter, useTeams } from '../components/TeamFilter';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { navigate, useLocation, withQuery } from '../router/location';
import { Table } from '../components/Table';

const limit = 50;

export function ServicesPage() {
  const location = useLocation();
  const q = location.query.get('q') ?? '';
  const team = location.query.get('team') ?? '';
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const teams = useTeams();
  const services = useApi(`${q}|${team}|${offset}`, (signal) =>
    api('GET /api/services', { query: { q: q || undefined, team: team || undefined, limit, offset }, signal }),
  );

  return (
    <>
      <PageHeader title="Services" />
      <div className="filters">
        <SearchBox label="Search services" placeholder="Name or id" />
        <TeamFilter index={teams} />
      </div>
      <Async result={services} label="services">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{q || team ? `No services match${q ? ` “${q}”` : ''}${team ? ` in ${teams.name(team)}` : ''}.` : 'There are no services yet.'}</Empty>
          ) : (
            <>
              <Table caption={q || team ? 'Services matching the search' : 'All services'}>
                <thead>
                  <tr>
                    <th scope="col">Service</th>
                    <th scope="col">Owning team</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((service) => (
                    <tr key={service.id}>
                      <th scope="row">
                        <Link to={paths.service(service.id)}>{service.name}</Link>
                      </th>
                      <td>
                        <Link to={paths.team(service.team)}>{teams.name(service.team)}</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager noun="services" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
