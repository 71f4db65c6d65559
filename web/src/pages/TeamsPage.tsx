/** `/teams`: search teams by name or id; each row shows how many people and services it has. */
import { api } from '../api/client';
import { Async } from '../components/Async';
import { PageHeader } from '../components/PageHeader';
import { Pager } from '../components/Pager';
import { SearchBox } from '../components/SearchBox';
import { Empty } from '../components/States';
import { useApi } from '../hooks/useApi';
import { paths } from '../paths';
import { Link } from '../router/Link';
import { navigate, useLocation, withQuery } from '../router/location';
import type { ResponseOf } from '../api/operations';
import { DataTable, type Column } from '../components/Table';

const limit = 50;

type TeamRow = ResponseOf<'GET /api/teams'>['items'][number];

// No sortable headers: the list is paged on the server, and sorting one page would mislead.
const teamColumns: Column<TeamRow>[] = [
  { key: 'team', header: 'Team', rowHeader: true, cell: (t) => <Link to={paths.team(t.id)}>{t.name}</Link> },
  { key: 'zone', header: 'Time zone', cell: (t) => t.timezone ?? '—' },
  { key: 'members', header: 'Members', className: 'num', cell: (t) => t.members },
  { key: 'services', header: 'Services', className: 'num', cell: (t) => t.services },
];

export function TeamsPage() {
  const location = useLocation();
  const q = location.query.get('q') ?? '';
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const teams = useApi(`${q}|${offset}`, (signal) => api('GET /api/teams', { query: { q: q || undefined, limit, offset }, signal }));

  return (
    <>
      <PageHeader title="Teams" lead="Teams own services. Delivery and reliability are read per team and service, never per person." />
      <SearchBox label="Search teams" placeholder="Name or id" />
      <Async result={teams} label="teams">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{q ? `No teams match “${q}”.` : 'There are no teams yet. Import an organisation to see it here.'}</Empty>
          ) : (
            <>
              <DataTable caption={q ? `Teams matching “${q}”` : 'All teams'} columns={teamColumns} rows={page.items} rowKey={(t) => t.id} />
              <Pager noun="teams" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
