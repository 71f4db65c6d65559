/**
 * `/services/:id/reliability`: the service's SLOs — error budget and its burn-down, burn rates by
 * window, the multi-window multi-burn-rate alerts (firing now, and their history over the week),
 * and which incidents and deployments overlap the minutes where the budget burned. Service and
 * team context only: nothing here is per person.
 */
import { api } from '../../api/client';
import type { ResponseOf } from '../../api/operations';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { duration, pct, times, when } from './format';
import { SloCharts } from './SloCharts';

type Data = ResponseOf<'GET /api/reliability/services/{id}'>;
type Slo = Data['slos'][number];

export function ServiceReliabilityPage({ id }: { id: string }) {
  const result = useApi(`reliability|${id}`, (signal) => api('GET /api/reliability/services/{id}', { params: { id }, signal }));
  return (
    <Async pageTitle="Reliability" result={result} label="the reliability figures" notFound={`Service "${id}"`}>
      {(data) => <Reliability data={data} />}
    </Async>
  );
}

function Reliability({ data }: { data: Data }) {
  const stale = data.latestData !== null && data.latestData === data.at;
  return (
    <>
      <PageHeader title={`${data.service}: reliability`} lead="Error budgets, burn rates and alerts of the service's SLOs. Service and team context, never an individual score.">
        <p>
          <Link to={paths.service(data.service)}>Back to {data.service}</Link>
        </p>
        <p className="hint">
          Figures as of {when(data.at)}
          {stale ? ' (the latest SLI data)' : ''}.
        </p>
      </PageHeader>
      {data.slos.length === 0 ? (
        <Empty>This service has no SLOs yet. An administrator imports them as OpenSLO files: <code>trellis slo import slos.yaml</code>.</Empty>
      ) : (
        data.slos.map((slo) => <SloSection key={slo.status.name} slo={slo} />)
      )}
    </>
  );
}

function SloSection({ slo }: { slo: Slo }) {
  const s = slo.status;
  const firing = s.alerts.filter((a) => a.firing);
  return (
    <section className="panel slo" aria-labelledby={`slo-${s.name}`}>
      <h2 id={`slo-${s.name}`}>{s.name}</h2>
      {firing.length > 0 && (
        <p className="slo-firing" role="status">
          {firing.map((a) => `${a.severity === 'page' ? 'Page' : 'Ticket'} firing (${a.longWindow}/${a.shortWindow} above ${times(a.factor)}) since ${when(a.firingSince!)}`).join('; ')}
        </p>
      )}
      <Facts
        items={[
          ['Objective', `${pct(s.target, 3)} · ${s.budgetingMethod} · ${s.window.duration} ${s.window.kind}${s.window.timeZone ? ` (${s.window.timeZone})` : ''}`],
          ['SLI', s.noData ? 'no data in the window' : pct(s.sli, 3)],
          ['Budget consumed', pct(s.budgetConsumed)],
          ['Budget remaining', pct(s.budgetRemaining)],
          ...(s.window.inProgress ? ([['So far this window', `${pct(s.toDate.consumed)} of the elapsed part's budget`]] as [string, string][]) : []),
        ]}
      />
      <Table caption="Burn rate by window (1× spends the budget exactly over the SLO window)">
        <thead>
          <tr>
            {Object.keys(s.burnRates).map((w) => (
              <th key={w} scope="col" className="num">{w}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {Object.entries(s.burnRates).map(([w, r]) => (
              <td key={w} className="num">{times(r)}</td>
            ))}
          </tr>
        </tbody>
      </Table>
      <SloCharts slo={slo} />
      <Table caption="Alerts: a pair fires when both windows burn faster than its factor">
        <thead>
          <tr>
            <th scope="col">Severity</th>
            <th scope="col">Windows</th>
            <th scope="col" className="num">Factor</th>
            <th scope="col" className="num">Long / short burn</th>
            <th scope="col">State</th>
            <th scope="col" className="num">Budget per firing window</th>
            <th scope="col" className="num">Budget gone in</th>
          </tr>
        </thead>
        <tbody>
          {s.alerts.map((a) => (
            <tr key={a.longWindow}>
              <th scope="row">{a.severity}</th>
              <td>{a.longWindow} / {a.shortWindow}</td>
              <td className="num">{times(a.factor)}</td>
              <td className="num">{times(a.longBurnRate)} / {times(a.shortBurnRate)}</td>
              <td>{a.firing ? `firing since ${when(a.firingSince!)}` : a.heldByMinimumEvents ? `held: ${a.events} events < ${a.minEvents}` : 'quiet'}</td>
              <td className="num">{pct(a.budgetConsumedIfFires, 0)}</td>
              <td className="num">{duration(a.minutesToExhaustion)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      <h3>Alert history (last 7 days)</h3>
      {slo.alertHistory.length === 0 ? (
        <Empty>No alert fired in the last seven days.</Empty>
      ) : (
        <Table caption="When each alert pair fired">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Windows</th>
              <th scope="col">From</th>
              <th scope="col">To</th>
            </tr>
          </thead>
          <tbody>
            {slo.alertHistory.map((e) => (
              <tr key={`${e.longWindow}-${e.from}`}>
                <th scope="row">{e.severity}</th>
                <td>{e.longWindow} / {e.shortWindow}</td>
                <td>{when(e.from)}</td>
                <td>{e.ongoing ? 'still firing' : when(e.to)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <h3>Burn attribution</h3>
      <p className="hint">
        Incidents and deployments that overlap the minutes in which this SLO burned faster than its budget allows ({slo.attribution.burningMinutes} minutes in the window), with the share of that burn each overlaps. Overlap is not blame: it points to where to look.
      </p>
      {slo.attribution.events.length === 0 ? (
        <Empty>{slo.attribution.burningMinutes === 0 ? 'The budget did not burn faster than allowed in this window.' : 'No incident or deployment overlaps the burning minutes.'}</Empty>
      ) : (
        <Table caption={`Share of the burn overlapped (${pct(slo.attribution.unattributedShare, 0)} overlaps nothing recorded)`}>
          <thead>
            <tr>
              <th scope="col">Event</th>
              <th scope="col">Kind</th>
              <th scope="col">From</th>
              <th scope="col" className="num">Share of burn</th>
            </tr>
          </thead>
          <tbody>
            {slo.attribution.events.slice(0, 15).map((e) => (
              <tr key={`${e.kind}-${e.id}`}>
                <th scope="row">{e.title ? `${e.title} (${e.id})` : e.id}</th>
                <td>{e.kind}</td>
                <td>{when(e.from)}</td>
                <td className="num">{pct(e.share)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
