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
import { Table } from '../components/Table';

const limit = 50;

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
              <Table caption={q ? `Teams matching “${q}”` : 'All teams'}>
                <thead>
                  <tr>
                    <th scope="col">Team</th>
                    <th scope="col">Time zone</th>
                    <th scope="col" className="num">
                      Members
                    </th>
                    <th scope="col" className="num">
                      Services
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((team) => (
                    <tr key={team.id}>
                      <th scope="row">
                        <Link to={paths.team(team.id)}>{team.name}</Link>
                      </th>
                      <td>{team.timezone ?? '—'}</td>
                      <td className="num">{team.members}</td>
                      <td className="num">{team.services}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
              <Pager noun="teams" total={page.total} limit={page.limit} offset={page.offset} onOffset={(o) => navigate(withQuery(location, { offset: o }))} />
            </>
          )
        }
      </Async>
    </>
  );
}
