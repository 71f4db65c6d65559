/**
 * `/teams/:id/oncall`: a team's on-call health. The team figures (everyone may read them), the
 * alerts to tune first, pages per shift before and after a change, and — only for the person
 * themself and their manager line (the server decides) — each member's load with its flags.
 */
import { useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { TeamOncall } from '../../api/operations';
import { Async } from '../../components/Async';
import { PageHeader } from '../../components/PageHeader';
import { Table } from '../../components/Table';
import { Empty } from '../../components/States';
import { formatDate, plural } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { navigate, useLocation, withQuery } from '../../router/location';
import { FlagList, num, pct, verdictText } from './flags';
import { ThresholdsPanel } from './ThresholdsPanel';

export function TeamOncallPage({ id }: { id: string }) {
  const location = useLocation();
  const around = location.query.get('around') ?? undefined;
  const result = useApi(`${id}|${around ?? ''}`, (signal) => api('GET /api/teams/{id}/oncall', { params: { id }, query: around ? { around } : {}, signal }));
  return (
    <Async pageTitle="On-call health" result={result} label="the team’s on-call health" notFound={`Team "${id}"`}>
      {(data) => <Health data={data} retry={result.retry} />}
    </Async>
  );
}

function Health({ data, retry }: { data: TeamOncall; retry: () => void }) {
  const f = data.figures;
  const cards: [string, string, string][] = [
    ['Pages', String(f.pages), `${plural(f.members, 'active member')}`],
    ['Off hours', String(f.offHoursPages), 'outside each person’s own working hours'],
    ['Sleep hours', String(f.sleepHoursPages), '22:00–07:00 in the person’s zone'],
    ['Weekend', String(f.weekendPages), 'Saturday or Sunday, local'],
    ['Pages per shift', num(f.pagesPerShift), `${num(f.shifts)} shifts`],
    ['Actionable', pct(f.actionableShare), `of ${f.actionableKnown} marked`],
    ['Self-resolved ≤ 5 min', pct(f.selfResolvedShare), `${f.selfResolved} flapping pages`],
    ['Load Gini', num(f.loadGini, 2), '0 = shared evenly'],
    [
      'SLO alert episodes',
      f.sloAlerts ? `${num(f.sloAlerts.perWeek)} / week` : 'not available',
      f.sloAlerts ? `${plural(f.sloAlerts.episodes, 'episode')}; ${f.sloAlerts.judged > 0 ? `${pct(f.sloAlerts.followedByBurnShare)} of ${f.sloAlerts.judged} followed by real burn` : 'none judged yet'}` : 'no SLO on the team’s services',
    ],
  ];
  return (
    <>
      <PageHeader title={`${data.team.name} — on-call health`}>
        <p className="lead">
          {formatDate(data.window.from)} to {formatDate(data.window.to)}. Each page counts in the paged person’s own time zone and working hours. These
          figures start conversations — rebalance the rota, fix noisy alerts — and are never an input to a rating.{' '}
          <Link to={paths.team(data.team.id)}>Team page</Link>
        </p>
      </PageHeader>
      <ul className="metric-cards" aria-label="On-call figures">
        {cards.map(([name, value, n]) => (
          <li key={name} className="metric-card">
            <h3 className="metric-name">{name}</h3>
            <p className="metric-value">{value}</p>
            <p className="metric-n">{n}</p>
          </li>
        ))}
      </ul>
      <section className="panel" aria-labelledby="team-flags-title">
        <h2 id="team-flags-title">Worth a conversation</h2>
        <FlagList flags={f.flags} team={data.team.id} empty="Nothing stands out for the team as a whole." />
        <p className="muted">
          Off-hours trend: last 4 weeks {verdictText[f.trends.offHours4.verdict]} (n = {f.trends.offHours4.n}); last 13 weeks {verdictText[f.trends.offHours13.verdict]} (n ={' '}
          {f.trends.offHours13.n}), against the team’s own previous 52 weeks.
        </p>
      </section>
      <NoisyAlerts data={data} />
      <Comparison data={data} />
      <PeopleLoad data={data} />
      <ThresholdsPanel thresholds={data.thresholds} onSaved={retry} />
    </>
  );
}

function NoisyAlerts({ data }: { data: TeamOncall }) {
  const alerts = data.figures.noisyAlerts;
  return (
    <section className="panel" id="noisy-alerts" aria-labelledby="noisy-title">
      <h2 id="noisy-title">Noisy alerts to tune</h2>
      {alerts.length === 0 ? (
        <Empty>No pages in this window.</Empty>
      ) : (
        <Table caption="Alerts by pages nobody could act on, most first">
          <thead>
            <tr>
              <th scope="col">Service</th>
              <th scope="col">Alert</th>
              <th scope="col">Pages</th>
              <th scope="col">Not actionable</th>
              <th scope="col">Self-resolved ≤ 5 min</th>
              <th scope="col">Actionable share</th>
            </tr>
          </thead>
          <tbody>
            {alerts.map((a) => (
              <tr key={`${a.service}-${a.alert}`}>
                <td>{a.service ? <Link to={paths.service(a.service)}>{a.service}</Link> : '—'}</td>
                <td>{a.alert ?? <span className="muted">not named by the source</span>}</td>
                <td>{a.pages}</td>
                <td>{a.notActionable}</td>
                <td>{a.selfResolved}</td>
                <td>{pct(a.actionableShare)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

function Comparison({ data }: { data: TeamOncall }) {
  const location = useLocation();
  const [date, setDate] = useState(location.query.get('around')?.slice(0, 10) ?? '');
  const c = data.comparison;
  // The generated type of a 2-tuple is a plain array.
  const ci = (c?.ci ?? null) as [number, number] | null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    navigate(withQuery(location, { around: date ? `${date}T00:00:00Z` : undefined }));
  };
  return (
    <section className="panel" aria-labelledby="compare-title">
      <h2 id="compare-title">Pages per shift before and after a change</h2>
      <form className="inline-form" onSubmit={submit}>
        <label className="field">
          <span>Change date (for example, when alerts were tuned)</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <button type="submit" className="button">
          Compare
        </button>
      </form>
      {c && (
        <div className="pages-comparison" data-verdict={c.verdict}>
          <Table caption={`90 days before and after ${formatDate(new Date(c.t).toISOString())}`}>
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">Pages per shift</th>
                <th scope="col">Shifts (n)</th>
                <th scope="col">Pages</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">Before</th>
                <td>{num(c.before)}</td>
                <td>{c.shiftsBefore}</td>
                <td>{c.pagesBefore}</td>
              </tr>
              <tr>
                <th scope="row">After</th>
                <td>{num(c.after)}</td>
                <td>{c.shiftsAfter}</td>
                <td>{c.pagesAfter}</td>
              </tr>
            </tbody>
          </Table>
          <p>
            <strong>{c.verdict === 'fewer' ? 'Fewer pages per shift' : c.verdict === 'more' ? 'More pages per shift' : 'No clear change'}</strong>
            {c.difference !== null && ` (${c.difference > 0 ? '+' : ''}${num(c.difference)} per shift`}
            {ci && `, 95% interval ${num(ci[0])} to ${num(ci[1])}`}
            {c.difference !== null && ')'}. A verdict needs the interval to exclude zero.
          </p>
        </div>
      )}
    </section>
  );
}

function PeopleLoad({ data }: { data: TeamOncall }) {
  if (data.people.length === 0) {
    return (
      <section className="panel" aria-labelledby="people-load-title">
        <h2 id="people-load-title">Load per person</h2>
        <p className="muted">Each person’s load is visible only to them and their manager line.</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="people-load-title">
      <h2 id="people-load-title">Load per person</h2>
      <p className="notice" role="note">
        Visible to each person and their manager line only; every view is recorded. A prompt to help — rebalance the rota, tune the alerts — never a
        rating input.
        {data.hiddenPeople > 0 && ` ${plural(data.hiddenPeople, 'other member')} not shown.`}
      </p>
      <Table caption="On-call load per person in this window (each in their own time zone)">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Zone</th>
            <th scope="col">Pages</th>
            <th scope="col">Off hours</th>
            <th scope="col">Sleep hours</th>
            <th scope="col">Weekend</th>
            <th scope="col">On-call h / week</th>
            <th scope="col">Incidents worked</th>
            <th scope="col">Share of pages</th>
          </tr>
        </thead>
        <tbody>
          {data.people.map((p) => (
            <tr key={p.person} data-person={p.person}>
              <th scope="row">
                <Link to={paths.personPrivate(p.person)}>{p.name}</Link>
              </th>
              <td>{p.zone}</td>
              <td>{p.pages}</td>
              <td>{p.offHoursPages}</td>
              <td>{p.sleepHoursPages}</td>
              <td>{p.weekendPages}</td>
              <td>{num(p.onCallHoursPerWeek, 0)}</td>
              <td>{p.incidentsWorked}</td>
              <td>{pct(p.shareOfTeamPages)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {data.people
        .filter((p) => p.flags.length > 0)
        .map((p) => (
          <div key={p.person} className="person-flags" data-person={p.person}>
            <h3>{p.name}: worth a supportive conversation</h3>
            <FlagList flags={p.flags} team={data.team.id} empty="" />
          </div>
        ))}
    </section>
  );
}
