/**
 * `/calibration/workshops`: the workshop rounds the reader takes part in or runs, with each
 * revealed round's agreement, so rounds can be compared over time — and, for facilitators, a
 * form to start a new round.
 */
import { api } from '../../api/client';
import { useAccount } from '../../auth/auth-context';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { Link } from '../../router/Link';
import { navigate } from '../../router/location';
import { NewRoundForm } from './NewRoundForm';
import { alphaText, stateLabel, workshopPaths } from './types';

export function WorkshopsPage() {
  const account = useAccount();
  const result = useApi('workshops', (signal) => api('GET /api/workshops', { signal }));
  const facilitates = account.roles.includes('calibrator') || account.roles.includes('admin');
  return (
    <>
      <PageHeader
        title="Calibration workshops"
        lead="Before a real cycle, managers rate the same anonymised sample packets on their own. Nobody sees another rater's ratings until all are in or the facilitator closes the round; then the group looks at where it disagreed, and why."
      />
      <Async result={result} label="workshop rounds">
        {({ items }) =>
          items.length === 0 ? (
            <Empty>No workshop rounds yet{facilitates ? ': start one below.' : '. A calibrator starts one and names the raters.'}</Empty>
          ) : (
            <Table caption="Workshop rounds, newest first — agreement is Krippendorff's ordinal alpha with its 95% interval">
              <thead>
                <tr>
                  <th scope="col">Round</th>
                  <th scope="col">State</th>
                  <th scope="col">Packets</th>
                  <th scope="col">Raters</th>
                  <th scope="col">Agreement</th>
                </tr>
              </thead>
              <tbody>
                {items.map((s) => (
                  <tr key={s.round.id}>
                    <th scope="row">
                      <Link to={workshopPaths.round(s.round.id)}>{s.round.title}</Link>
                    </th>
                    <td>{stateLabel[s.state]}</td>
                    <td>{s.packets}</td>
                    <td>{s.round.raters.length}</td>
                    <td>
                      {s.alpha === null
                        ? 'shown once revealed'
                        : `α ${alphaText(s.alpha.value)}${s.alpha.low !== null && s.alpha.high !== null ? ` [${alphaText(s.alpha.low)}, ${alphaText(s.alpha.high)}]` : ''}, n ${s.alpha.n}`}
                    </td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )
        }
      </Async>
      {facilitates && <NewRoundForm onCreated={(r) => navigate(workshopPaths.round(r.id))} />}
    </>
  );
}
