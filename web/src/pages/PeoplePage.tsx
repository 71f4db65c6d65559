/** `/people`: the directory, searchable and filterable by team. No figures per person here. */
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

type PersonRow = ResponseOf<'GET /api/people'>['items'][number];

// No sortable headers: the directory is paged on the server, and sorting one page would mislead.
const personColumns = (teamName: (id: string) => string): Column<PersonRow>[] => [
  {
    key: 'name',
    header: 'Name',
    rowHeader: true,
    cell: (p) => (
      <>
        <Link to={paths.person(p.id)}>{p.name}</Link>
        {!p.active && <span className="tag">left</span>}
      </>
    ),
  },
  { key: 'team', header: 'Team', cell: (p) => (p.team ? <Link to={paths.team(p.team)}>{teamName(p.team)}</Link> : '—') },
  { key: 'level', header: 'Level', cell: (p) => p.level ?? '—' },
  { key: 'zone', header: 'Time zone', cell: (p) => p.timezone ?? '—' },
];

export function PeoplePage() {
  const location = useLocation();
  const q = location.query.get('q') ?? '';
  const team = location.query.get('team') ?? '';
  const offset = Number(location.query.get('offset') ?? 0) || 0;
  const teams = useTeams();
  const people = useApi(`${q}|${team}|${offset}`, (signal) =>
    api('GET /api/people', { query: { q: q || undefined, team: team || undefined, limit, offset }, signal }),
  );
  const filtered = Boolean(q || team);

  return (
    <>
      <PageHeader title="People" />
      <div className="filters">
        <SearchBox label="Search people" placeholder="Name or id" />
        <TeamFilter index={teams} />
      </div>
      <Async result={people} label="people">
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{filtered ? `No people match${q ? ` “${q}”` : ''}${team ? ` in ${teams.name(team)}` : ''}.` : 'There are no people yet.'}</Empty>
          ) : (
            <>
              <DataTable caption={filtered ? 'People matching the search' : 'Everyone'} columns={personColumns(teams.name)} rows={page.items} rowKey={(p) => p.id} />
              <Pager noun="people" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
