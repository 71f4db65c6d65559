/**
 * The events behind one delivery figure, as a table: what was counted, so the figure can be checked.
 * The events are fetched when the table opens (`…/events?list=`), a page at a time with "Show
 * more": a large team's window holds thousands of them, and most visits open no table at all.
 */
import type { ReactNode } from 'react';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { describeCause, formatHours, metricNames, type DeliveryReport, type MetricKey } from './metrics';
import { useEventPages, type EventList, type EventsScope, type EventsWindow } from './useEventPages';

interface Props {
  metric: MetricKey;
  report: DeliveryReport;
  scope: EventsScope;
  window: EventsWindow;
  onClose: () => void;
}

export function DrillDown({ metric, report, scope, window, onClose }: Props) {
  const m = report.metrics;
  return (
    <section id="drill-down" className="panel drill-down" aria-labelledby="drill-down-title">
      <div className="drill-down-head">
        <h2 id="drill-down-title">Events behind {metricNames[metric].toLowerCase()}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      {metric === 'deploymentFrequency' && (
        <Events key={metric} list="deployments" scope={scope} window={window} empty="No deployments in this window." caption={(n) => `${n} deployments to ${m.environment}`} head={['#', 'Deployment']}>
          {(e, i) => (
            <tr key={e.deployment}>
              <th scope="row">{i + 1}</th>
              <td><code>{e.deployment}</code></td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'leadTime' && (
        <Events key={metric} list="leadTimes" scope={scope} window={window} empty={`No changes reached ${m.environment} in this window.`} caption={(n) => `Lead time of ${n} changes, from commit to ${m.environment}`} head={['Change', 'Deployment', 'Lead time']}>
          {(e) => (
            <tr key={`${e.change}-${e.deployment}`}>
              <th scope="row"><code>{e.change}</code></th>
              <td><code>{e.deployment}</code></td>
              <td className="num">{formatHours(e.hours)}</td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'changeFailureRate' && (
        <Events key={metric} list="failed" scope={scope} window={window} empty="No failed deployments in this window." caption={(n) => `${n} failed deployments of ${m.changeFailureRate.deployments}, with what marked them failed`} head={['Failed deployment', 'Causes']}>
          {(e) => (
            <tr key={e.deployment}>
              <th scope="row"><code>{e.deployment}</code></th>
              <td>{(e.causes ?? []).map(describeCause).join('; ') || '—'}</td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'recoveryTime' && (
        <>
          <Events key={metric} list="recoveries" scope={scope} window={window} empty="No recovered failed deployments in this window." caption={(n) => `Time to recover from ${n} failed deployments`} head={['Failed deployment', 'Recovered after', 'Recovered by']}>
            {(e) => (
              <tr key={e.deployment}>
                <th scope="row"><code>{e.deployment}</code></th>
                <td className="num">{formatHours(e.hours)}</td>
                <td>{e.by ? describeCause(e.by) : '—'}</td>
              </tr>
            )}
          </Events>
          {m.recoveryTime.open > 0 && (
            <Events key={`${metric}-open`} list="open" scope={scope} window={window} empty="" caption={(n) => `${n} failed deployments not yet recovered`} head={['Failed deployment']}>
              {(e) => (
                <tr key={e.deployment}>
                  <th scope="row"><code>{e.deployment}</code></th>
                </tr>
              )}
            </Events>
          )}
        </>
      )}
      {metric === 'reworkRate' && (
        <Events key={metric} list="rework" scope={scope} window={window} empty="No unplanned (rework) deployments in this window." caption={(n) => `${n} unplanned deployments of ${m.reworkRate.deployments}, with the reason`} head={['Deployment', 'Reasons']}>
          {(e) => (
            <tr key={e.deployment}>
              <th scope="row"><code>{e.deployment}</code></th>
              <td>{(e.reasons ?? []).map(describeCause).join('; ') || '—'}</td>
            </tr>
          )}
        </Events>
      )}
    </section>
  );
}

type Event = ReturnType<typeof useEventPages>['items'][number];

interface EventsProps {
  list: EventList;
  scope: EventsScope;
  window: EventsWindow;
  empty: string;
  caption: (total: number) => string;
  head: string[];
  children: (event: Event, index: number) => ReactNode;
}

/** One list of events as a table, with "Show more" while the server has more. */
function Events({ list, scope, window, empty, caption, head, children }: EventsProps) {
  const pages = useEventPages(scope, window, list);
  if (pages.total === null) {
    if (pages.error) {
      return (
        <p role="alert">
          Could not load the events: {pages.error.message}{' '}
          <button type="button" className="button button-quiet" onClick={pages.more}>
            Try again
          </button>
        </p>
      );
    }
    return <p aria-busy="true">Loading the events…</p>;
  }
  if (pages.total === 0) return empty ? <Empty>{empty}</Empty> : null;
  const rest = pages.total - pages.items.length;
  return (
    <>
      <Table caption={caption(pages.total)}>
        <thead>
          <tr>
            {head.map((h) => (
              <th key={h} scope="col" className={h === 'Lead time' || h === 'Recovered after' ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{pages.items.map((e, i) => children(e, i))}</tbody>
      </Table>
      {rest > 0 && (
        <p>
          <button type="button" className="button button-quiet" onClick={pages.more} disabled={pages.loading}>
            {pages.loading ? 'Loading…' : `Show more (${rest} not shown)`}
          </button>
          {pages.error && <span role="alert"> Could not load more: {pages.error.message}</span>}
        </p>
      )}
    </>
  );
}
