/**
 * "My load" on a person's private page: their on-call load over the last 90 days, the flags worth
 * a conversation (threshold and causes beside each), trends against the team's own history, and
 * their off-hours pages in their own time zone — named, since the viewer may sit elsewhere.
 * Visible to the person and their manager line only: for anyone else the server answers 403 and
 * this panel says so in one line.
 */
import { api } from '../../api/client';
import type { MyLoad } from '../../api/operations';
import { Table } from '../../components/Table';
import { Empty } from '../../components/States';
import { plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { FlagList, num, pct, verdictText, wallTime } from './flags';

export function MyLoadPanel({ personId, isSelf }: { personId: string; isSelf: boolean }) {
  const result = useApi(personId, (signal) => api('GET /api/people/{id}/load', { params: { id: personId }, signal }));
  const title = isSelf ? 'My load' : 'On-call load';
  if (result.status === 'loading') return <section className="panel" aria-busy="true"><h2>{title}</h2><p className="muted">Loading…</p></section>;
  if (result.status === 'error') {
    return (
      <section className="panel" aria-labelledby="load-title">
        <h2 id="load-title">{title}</h2>
        <p className="muted">{result.error.status === 403 ? 'On-call load is visible only to the person and their manager line.' : `The load could not be loaded: ${result.error.message}`}</p>
      </section>
    );
  }
  return <Load data={result.data} title={title} />;
}

function Load({ data, title }: { data: MyLoad; title: string }) {
  const l = data.load;
  return (
    <section className="panel my-load" aria-labelledby="load-title">
      <h2 id="load-title">{title}</h2>
      <p className="notice" role="note">
        A prompt to help, never a rating input. Visible to {data.person.name} and their manager line only. Times are in {data.person.name.split(' ')[0]}’s
        zone, <strong>{l.zone}</strong>, with working hours {l.workingHours}.
      </p>
      <dl className="kind-counts">
        <div><dt>Pages</dt><dd>{l.pages}</dd></div>
        <div><dt>Off hours</dt><dd>{l.offHoursPages} ({num(l.perWeek.offHours)} / week)</dd></div>
        <div><dt>Sleep hours</dt><dd>{l.sleepHoursPages} ({num(l.perWeek.sleepHours)} / week)</dd></div>
        <div><dt>Weekend</dt><dd>{l.weekendPages}</dd></div>
        <div><dt>On call</dt><dd>{num(l.onCallHoursPerWeek, 0)} h / week</dd></div>
        <div><dt>Incidents worked</dt><dd>{l.incidentsWorked}</dd></div>
        <div><dt>Share of team’s pages</dt><dd>{pct(l.shareOfTeamPages)}</dd></div>
      </dl>
      <h3>Worth a conversation</h3>
      <FlagList flags={l.flags} team={data.team?.id ?? null} empty="Nothing stands out in the last 90 days." />
      <p className="muted">
        Off-hours pages, last 4 weeks: {verdictText[l.trends.offHours4.verdict]} (n = {l.trends.offHours4.n}); last 13 weeks: {verdictText[l.trends.offHours13.verdict]} (n ={' '}
        {l.trends.offHours13.n}) — against the team’s own previous year.
        {data.team && (
          <>
            {' '}
            <Link to={paths.teamOncall(data.team.id)}>{data.team.name} on-call health</Link>
          </>
        )}
      </p>
      <h3>Off-hours pages</h3>
      {data.interruptions.length === 0 ? (
        <Empty>No off-hours pages in the last 90 days.</Empty>
      ) : (
        <Table caption={`Off-hours pages, newest first (times in ${l.zone}); ${plural(data.interruptionsTotal, 'page')} in all`}>
          <thead>
            <tr>
              <th scope="col">When ({l.zone})</th>
              <th scope="col">Service</th>
              <th scope="col">Alert</th>
              <th scope="col">Sleep hours</th>
              <th scope="col">Weekend</th>
            </tr>
          </thead>
          <tbody>
            {data.interruptions.map((p) => (
              <tr key={p.id}>
                <td><time dateTime={p.at}>{wallTime(p.localTime)}</time></td>
                <td>{p.service ? <Link to={paths.service(p.service)}>{p.service}</Link> : '—'}</td>
                <td>{p.alert ?? '—'}</td>
                <td>{p.sleepHours ? 'Yes' : 'No'}</td>
                <td>{p.weekend ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
