/**
 * `/org/delivery`: the organisation's delivery for leaders — the org-level figures and weekly
 * trend, and each team against its OWN previous period (improving / steady / worsening, with n),
 * listed by name and never ranked. The page says why: teams run different systems, and a league
 * table would reward the wrong things. A verdict needs enough events each side; otherwise it says
 * "not enough data".
 */
import { useState } from 'react';
import { api } from '../../api/client';
import type { Schemas } from '../../api/openapi.gen';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { contextNote } from './DeliveryPage';
import { DrillDown } from './DrillDown';
import { MetricCards } from './MetricCards';
import { formatHours, formatPerWeek, formatRate, type MetricKey } from './metrics';
import { TrendCharts } from './TrendCharts';
import { useWindowDays, WindowPicker } from './WindowPicker';

type Trends = Schemas['OrgTeamTrends'];
type TeamRow = Trends['teams'][number];
type Trend = TeamRow['trend']['leadTime'];

const DAY = 86_400_000;
/** The minimum events each side (core/delivery/own-past.ts), said on the page. */
const MIN = { deployments: 10, cfr: 20, lead: 10 };

export function OrgDeliveryPage() {
  const days = useWindowDays();
  const to = new Date(Math.ceil(Date.now() / DAY) * DAY);
  const query = { env: 'production', from: new Date(to.getTime() - days * DAY).toISOString(), to: to.toISOString() };
  const report = useApi(`org|${days}`, (signal) => api('GET /api/delivery/org', { query, signal }));
  const trends = useApi(`org-teams|${days}`, (signal) => api('GET /api/delivery/org/teams', { query, signal }));
  const [open, setOpen] = useState<MetricKey | null>(null);
  return (
    <Async pageTitle="Organisation delivery" result={report} label="the organisation's delivery figures">
      {(data) => (
        <>
          <PageHeader title="Organisation — delivery">
            <p className="notice" role="note">
              {contextNote}
            </p>
            <Facts
              items={[
                ['Window', `${formatDate(new Date(data.metrics.from).toISOString())} – ${formatDate(new Date(data.metrics.to - 1).toISOString())}`],
                ['Services', String(data.scope.services.length)],
                ['Environment', data.metrics.environment],
              ]}
            />
          </PageHeader>
          <form className="filters" aria-label="Window" onSubmit={(e) => e.preventDefault()}>
            <WindowPicker days={days} />
          </form>

          <section aria-labelledby="figures-title">
            <h2 id="figures-title">The organisation's figures</h2>
            <MetricCards report={data} open={open} onOpen={setOpen} />
            {open && <DrillDown metric={open} report={data} scope={{ kind: 'org' }} window={query} onClose={() => setOpen(null)} />}
          </section>

          <section aria-labelledby="trend-title">
            <h2 id="trend-title">Week by week</h2>
            <TrendCharts trend={data.trend} scopeName="The organisation" />
          </section>

          <section className="panel" aria-labelledby="teams-title">
            <h2 id="teams-title">Each team against its own past</h2>
            <div className="why" role="note" aria-label="Why teams are not ranked">
              <p>
                <strong>Why no ranking.</strong> Teams run different systems — a payments API, a data pipeline, a mobile app — with different
                risks and release rhythms, so their figures are not comparable, and a league table would reward the easy service over the hard one.
                The fair question is whether each team is getting better than it was. So teams are listed by name, and each is compared only with
                its own previous {days} days.
              </p>
              <p>
                <strong>When a verdict is given.</strong> "Improving" or "worsening" only when a test finds a clear difference at 95% and there are
                enough events each side: at least {2 * MIN.deployments} deployments over both periods for frequency, {MIN.cfr} deployments in each
                period for the change failure rate, and {MIN.lead} deployments with changes in each for lead time (deployments, not changes, are
                the unit: changes shipped together share their wait). Otherwise it says "steady" (no clear difference) or "not enough data".
              </p>
            </div>
            <Async result={trends} label="each team's trend">
              {(t) => <TeamTrends trends={t} days={days} />}
            </Async>
          </section>
        </>
      )}
    </Async>
  );
}

function TeamTrends({ trends, days }: { trends: Trends; days: number }) {
  if (trends.teams.length === 0) return <Empty>No team owns a service yet, so there is no team trend to show.</Empty>;
  const span = (p: { from: number; to: number }) => `${formatDate(new Date(p.from).toISOString())} – ${formatDate(new Date(p.to - 1).toISOString())}`;
  return (
    <>
      {trends.dataEndsAt !== null && (
        <p className="notice" role="note" data-check="data-end">
          The latest deployments are from the week up to {formatDate(new Date(trends.dataEndsAt - 1).toISOString())}. Both periods end there, so the
          weeks without data yet do not read as every team slowing down.
        </p>
      )}
    <div className="team-trends">
    <Table caption={`Teams by name: ${span(trends.window)} against the ${days} days before (${span(trends.previous)})`}>
      <thead>
        <tr>
          <th scope="col">Team</th>
          <th scope="col">Deployment frequency</th>
          <th scope="col">Change failure rate</th>
          <th scope="col">Lead time (median)</th>
        </tr>
      </thead>
      <tbody>
        {trends.teams.map((team) => (
          <tr key={team.id} data-team={team.id}>
            <th scope="row">
              <Link to={paths.teamDelivery(team.id)}>{team.name}</Link>
            </th>
            <td data-metric="deploymentFrequency" data-label="Deployment frequency">
              <TrendCell trend={team.trend.deploymentFrequency} format={formatPerWeek} unit="deployments" />
            </td>
            <td data-metric="changeFailureRate" data-label="Change failure rate">
              <TrendCell trend={team.trend.changeFailureRate} format={formatRate} unit="deployments" />
            </td>
            <td data-metric="leadTime" data-label="Lead time (median)">
              <TrendCell trend={team.trend.leadTime} format={formatHours} unit="deployments with changes" />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
    </div>
    </>
  );
}

function TrendCell({ trend, format, unit }: { trend: Trend; format: (v: number | null) => string; unit: string }) {
  const slug = trend.verdict.replace(/ /g, '-');
  return (
    <>
      <span className={`verdict verdict-${slug}`}>{trend.verdict}</span>
      <br />
      <span>
        {format(trend.previous)} → {format(trend.current)}
      </span>
      <br />
      <span className="hint" title={trend.basis}>
        n = {trend.nPrevious} → {trend.nCurrent} {unit}
      </span>
    </>
  );
}
