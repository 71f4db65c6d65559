/**
 * `/teams/:id/delivery` and `/services/:id/delivery`: the DORA figures of a team (pooled over its
 * services) or one service, the weekly trend, the events behind each figure (fetched when their
 * table is opened) and a before/after comparison. Team and service context only: nothing here is per person.
 */
import { useId, useState } from 'react';
import { api } from '../../api/client';
import { Async } from '../../components/Async';
import { Facts } from '../../components/Facts';
import { PageHeader } from '../../components/PageHeader';
import { formatDate } from '../../format';
import { useApi } from '../../hooks/useApi';
import { paths } from '../../paths';
import { Link } from '../../router/Link';
import { navigate, useLocation, withQuery } from '../../router/location';
import { ComparePanel, type CompareScope } from './ComparePanel';
import { DrillDown } from './DrillDown';
import { FrictionPanel } from './FrictionPanel';
import { MetricCards } from './MetricCards';
import type { DeliveryReport, MetricKey } from './metrics';
import { TrendCharts } from './TrendCharts';
import type { EventsWindow } from './useEventPages';
import { EvidenceMarkers, useEvidenceMarkers } from './EvidenceMarkers';
import { useWindowDays, WindowPicker } from './WindowPicker';

const environments = ['production', 'staging'];
const DAY = 24 * 60 * 60 * 1000;

export const contextNote = 'Team and service context, never an individual score.';

export function DeliveryPage({ kind, id }: { kind: 'team' | 'service'; id: string }) {
  const location = useLocation();
  const days = useWindowDays();
  const env = location.query.get('env') || 'production';
  // The window ends at the start of tomorrow (UTC), so the URL and the request stay stable all day.
  const to = new Date(Math.ceil(Date.now() / DAY) * DAY);
  const query = { env, from: new Date(to.getTime() - days * DAY).toISOString(), to: to.toISOString() };
  const span = { from: query.from, to: query.to };
  const report = useApi(`${kind}|${id}|${days}|${env}`, (signal) =>
    kind === 'team'
      ? api('GET /api/delivery/teams/{id}', { params: { id }, query, signal })
      : api('GET /api/delivery/services/{id}', { params: { id }, query, signal }),
  );
  return (
    <Async pageTitle="Delivery" result={report} label="the delivery figures" notFound={kind === 'team' ? 'This team' : 'This service'}>
      {(data) => <Delivery kind={kind} id={id} data={data} days={days} env={env} window={query} span={span} />}
    </Async>
  );
}

function Delivery(props: { kind: 'team' | 'service'; id: string; data: DeliveryReport; days: number; env: string; window: EventsWindow; span: { from: string; to: string } }) {
  const { kind, id, data, days, env, window, span } = props;
  const location = useLocation();
  const formId = useId();
  const [open, setOpen] = useState<MetricKey | null>(null);
  const { scope, metrics } = data;
  const compareScopes: CompareScope[] =
    kind === 'team'
      ? [{ kind: 'team', id, name: scope.name }, ...scope.services.map((s): CompareScope => ({ kind: 'service', id: s, name: s }))]
      : [{ kind: 'service', id, name: scope.name }];
  const back = kind === 'team' ? paths.team(id) : paths.service(id);
  const markers = useEvidenceMarkers(kind === 'service' ? id : null);

  return (
    <>
      <PageHeader title={`${scope.name} — delivery`}>
        <p className="notice" role="note">
          {contextNote}
        </p>
        <Facts
          items={[
            [kind === 'team' ? 'Team' : 'Service', <Link to={back}>{scope.name}</Link>],
            ['Window', `${formatDate(new Date(metrics.from).toISOString())} – ${formatDate(new Date(metrics.to - 1).toISOString())}`],
            ['Services', scope.services.length ? scope.services.join(', ') : '—'],
            ['Time zone', scope.timeZone],
          ]}
        />
      </PageHeader>

      <form className="filters" aria-label="Window and environment" onSubmit={(e) => e.preventDefault()}>
        <WindowPicker days={days} />
        <div className="field">
          <label htmlFor={`${formId}-env`}>Environment</label>
          <select id={`${formId}-env`} value={env} onChange={(e) => navigate(withQuery(location, { env: e.target.value === 'production' ? undefined : e.target.value }), { replace: true })}>
            {[...new Set([...environments, env])].map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-labelledby="figures-title">
        <h2 id="figures-title">Figures</h2>
        <MetricCards report={data} open={open} onOpen={setOpen} />
        {open && <DrillDown metric={open} report={data} scope={{ kind, id }} window={window} onClose={() => setOpen(null)} />}
      </section>

      <section aria-labelledby="trend-title">
        <h2 id="trend-title">Week by week</h2>
        <TrendCharts trend={data.trend} scopeName={scope.name} markers={markers} />
        {kind === 'service' && <EvidenceMarkers markers={markers} from={metrics.from} to={metrics.to} days={days} />}
      </section>

      {kind === 'team' && <FrictionPanel team={id} from={span.from} to={span.to} />}

      <ComparePanel scopes={compareScopes} env={env} />
    </>
  );
}
