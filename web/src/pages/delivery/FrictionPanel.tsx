/**
 * Cross-team dependency friction on a team's delivery page: how long the team's pull requests
 * wait for a first review and for the merge when its own team does it vs another team, and per
 * other team. Teams only — the API carries no person, and neither does this panel.
 */
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { Table } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { formatHours } from './metrics';

type FrictionReport = Schemas['FrictionReport'];
type Wait = FrictionReport['review']['ownTeam'];

const NOT_ENOUGH = 'not enough data';
const waitText = (w: Wait) => (w.medianHours == null ? `${NOT_ENOUGH} (n = ${w.n})` : `median ${formatHours(w.medianHours)} (n = ${w.n})`);

export function FrictionPanel({ team, from, to }: { team: string; from: string; to: string }) {
  const result = useApi(`friction|${team}|${from}|${to}`, (signal) => api('GET /api/teams/{id}/delivery/friction', { params: { id: team }, query: { from, to }, signal }));
  return (
    <section className="panel friction" aria-labelledby="friction-title">
      <h2 id="friction-title">Waiting on other teams</h2>
      <p className="hint">
        How long this team’s pull requests wait for a first review and for the merge, when someone of the own team does it and when another team
        does. Long waits on one team point at a dependency worth talking about between the teams.
      </p>
      <Async result={result} label="the cross-team waits">
        {(data) => <FrictionTables data={data} />}
      </Async>
    </section>
  );
}

export function FrictionTables({ data }: { data: FrictionReport }) {
  if (data.pullRequests === 0 && data.incoming.length === 0) {
    return <p className="empty">No pull requests in this window. They come from the GitHub or GitLab connection, or from pull_request records.</p>;
  }
  const name = (id: string) => data.teamNames[id] ?? id;
  return (
    <>
      <Table caption={`${data.pullRequests} pull requests opened by ${data.team.name}`}>
        <thead>
          <tr>
            <th scope="col">Wait for</th>
            <th scope="col">Own team</th>
            <th scope="col">Other teams</th>
            <th scope="col">Not yet</th>
          </tr>
        </thead>
        <tbody>
          {(['review', 'merge'] as const).map((stage) => (
            <tr key={stage} data-stage={stage}>
              <th scope="row">{stage === 'review' ? 'First review' : 'Merge'}</th>
              <td>{waitText(data[stage].ownTeam)}</td>
              <td>{waitText(data[stage].otherTeams)}</td>
              <td>{data[stage].pending}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {data.waitingOn.length > 0 && <PairTable caption={`${data.team.name} waits on`} pairs={data.waitingOn} name={name} />}
      {data.incoming.length > 0 && <PairTable caption={`${data.team.name} reviews or merges for`} pairs={data.incoming} name={name} />}
    </>
  );
}

type Pair = FrictionReport['waitingOn'][number];

/** Waits between this team and each other team, one way: who it waits on, or who waits on it. */
function PairTable({ caption, pairs, name }: { caption: string; pairs: readonly Pair[]; name: (team: string) => string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">First review</th>
          <th scope="col">Merge</th>
        </tr>
      </thead>
      <tbody>
        {pairs.map((p) => (
          <tr key={p.team} data-team={p.team}>
            <th scope="row">{name(p.team)}</th>
            <td>{waitText(p.review)}</td>
            <td>{waitText(p.merge)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
