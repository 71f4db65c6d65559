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
import type { ResponseOf } from '../api/operations';
import { DataTable, type Column } from '../components/Table';

const limit = 50;

type ServiceRow = ResponseOf<'GET /api/services'>['items'][number];

// No sortable headers: the list is paged on the server, and sorting one page would mislead.
const serviceColumns = (teamName: (id: string) => string): Column<ServiceRow>[] => [
  { key: 'service', header: 'Service', rowHeader: true, cell: (s) => <Link to={paths.service(s.id)}>{s.name}</Link> },
  { key: 'team', header: 'Owning team', cell: (s) => <Link to={paths.team(s.team)}>{teamName(s.team)}</Link> },
];

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
              <DataTable caption={q || team ? 'Services matching the search' : 'All services'} columns={serviceColumns(teams.name)} rows={page.items} rowKey={(s) => s.id} />
              <Pager noun="services" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
