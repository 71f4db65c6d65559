/** `/cycles`: review cycles with their kind, period and state. */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { formatPeriod } from '../../format';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { navigate } from '../../router/location';
import { NewCycleForm } from './NewCycleForm';
import { kindLabel, reviewPaths } from './types';

export function CyclesPage() {
  const account = useAccount();
  const result = useApi('cycles', (signal) => api('GET /api/cycles', { signal }));
  const runs = account.roles.includes('people-partner') || account.roles.includes('admin');
  return (
    <>
      <PageHeader title="Review cycles" lead="Each cycle moves draft → published → writing → calibrating → finalized → shared. Ratings reach the engineer when the cycle is shared." />
      <Async result={result} label="review cycles">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No review cycles yet.</Empty>
          ) : (
            <Table caption="Review cycles, newest first">
              <thead>
                <tr>
                  <th scope="col">Cycle</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Period</th>
                  <th scope="col">State</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">
                      <Link to={reviewPaths.cycle(c.id)}>{c.name}</Link>
                    </th>
                    <td>{kindLabel[c.kind]}</td>
                    <td>{formatPeriod(c.periodFrom, c.periodTo)}</td>
                    <td>{c.state}</td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </Async>
      {runs && <NewCycleForm onCreated={(c) => navigate(reviewPaths.cycle(c.id))} />}
    </>
  );
}
