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
import { Table } from '../components/Table';

const limit = 50;

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
              <Table caption={filtered ? 'People matching the search' : 'Everyone'}>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Team</th>
                    <th scope="col">Level</th>
                    <th scope="col">Time zone</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((person) => (
                    <tr key={person.id}>
                      <th scope="row">
                        <Link to={paths.person(person.id)}>{person.name}</Link>
                        {!person.active && <span className="tag">left</span>}
                      </th>
                      <td>{person.team ? <Link to={paths.team(person.team)}>{teams.name(person.team)}</Link> : '—'}</td>
                      <td>{person.level ?? '—'}</td>
                      <td>{person.timezone ?? '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager noun="people" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
