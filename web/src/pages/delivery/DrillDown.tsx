/**
 * The events behind one delivery figure, as a table: what was counted, so the figure can be
 * checked — each with when it happened, its short commit, an incident's title and a link out to
 * the record at its source.
 * The events are fetched when the table opens (`…/events?list=`), a page at a time with "Show
 * more": a large team's window holds thousands of them, and most visits open no table at all.
 */
import type { ReactNode } from 'react';
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { CauseText, Causes, ChangeRef, DeploymentRef, commitOf, committedAt, deployedAt, shortId, type RefContext } from './EventRefs';
import { formatHours, metricNames, type DeliveryReport, type MetricKey } from './metrics';
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
  const zone = report.scope.timeZone;
  return (
    <section id="drill-down" className="panel drill-down" aria-labelledby="drill-down-title">
      <div className="drill-down-head">
        <h2 id="drill-down-title">Events behind {metricNames[metric].toLowerCase()}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="hint">
        Times in {zone}, the {report.scope.kind === 'service' ? "service's team's" : "team's"} time zone. Ids link to the record at its source where it has one.
      </p>
      {metric === 'deploymentFrequency' && (
        <Events key={metric} list="deployments" scope={scope} window={window} zone={zone} empty="No deployments in this window." caption={(n) => `${n} deployments to ${m.environment}`} head={['#', 'Finished', 'Deployment', 'Commit']}>
          {(e, i, ctx) => (
            <tr key={e.deployment}>
              <th scope="row">{i + 1}</th>
              <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
              <td><DeploymentRef id={e.deployment} ctx={ctx} /></td>
              <td>{commitOf(e.deployment, ctx) ? <code title={commitOf(e.deployment, ctx)}>{shortId(commitOf(e.deployment, ctx)!)}</code> : '—'}</td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'leadTime' && (
        <Events key={metric} list="leadTimes" scope={scope} window={window} zone={zone} empty={`No changes reached ${m.environment} in this window.`} caption={(n) => `Lead time of ${n} changes, from commit to ${m.environment}`} head={['Change', 'Committed', 'Deployment', 'Deployed', 'Lead time']}>
          {(e, _i, ctx) => (
            <tr key={`${e.change}-${e.deployment}`}>
              <th scope="row"><ChangeRef id={e.change} ctx={ctx} /></th>
              <td className="nowrap">{committedAt(e.change, ctx)}</td>
              <td><DeploymentRef id={e.deployment} ctx={ctx} /></td>
              <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
              <td className="num">{formatHours(e.hours)}</td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'changeFailureRate' && (
        <Events key={metric} list="failed" scope={scope} window={window} zone={zone} empty="No failed deployments in this window." caption={(n) => `${n} failed deployments of ${m.changeFailureRate.deployments}, with what marked them failed`} head={['Failed deployment', 'Finished', 'Causes']}>
          {(e, _i, ctx) => (
            <tr key={e.deployment}>
              <th scope="row"><DeploymentRef id={e.deployment} ctx={ctx} /></th>
              <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
              <td><Causes causes={e.causes} ctx={ctx} /></td>
            </tr>
          )}
        </Events>
      )}
      {metric === 'recoveryTime' && (
        <>
          <Events key={metric} list="recoveries" scope={scope} window={window} zone={zone} empty="No recovered failed deployments in this window." caption={(n) => `Time to recover from ${n} failed deployments`} head={['Failed deployment', 'Finished', 'Recovered after', 'Recovered by']}>
            {(e, _i, ctx) => (
              <tr key={e.deployment}>
                <th scope="row"><DeploymentRef id={e.deployment} ctx={ctx} /></th>
                <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
                <td className="num">{formatHours(e.hours)}</td>
                <td>{e.by ? <CauseText cause={e.by} ctx={ctx} /> : '—'}</td>
              </tr>
            )}
          </Events>
          {m.recoveryTime.open > 0 && (
            <Events key={`${metric}-open`} list="open" scope={scope} window={window} zone={zone} empty="" caption={(n) => `${n} failed deployments not yet recovered`} head={['Failed deployment', 'Finished']}>
              {(e, _i, ctx) => (
                <tr key={e.deployment}>
                  <th scope="row"><DeploymentRef id={e.deployment} ctx={ctx} /></th>
                  <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
                </tr>
              )}
            </Events>
          )}
        </>
      )}
      {metric === 'reworkRate' && (
        <Events key={metric} list="rework" scope={scope} window={window} zone={zone} empty="No unplanned (rework) deployments in this window." caption={(n) => `${n} unplanned deployments of ${m.reworkRate.deployments}, with the reason`} head={['Deployment', 'Finished', 'Reasons']}>
          {(e, _i, ctx) => (
            <tr key={e.deployment}>
              <th scope="row"><DeploymentRef id={e.deployment} ctx={ctx} /></th>
              <td className="nowrap">{deployedAt(e.deployment, ctx)}</td>
              <td><Causes causes={e.reasons} ctx={ctx} /></td>
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
  /** The zone event times are shown in (named on each). */
  zone: string;
  children: (event: Event, index: number, ctx: RefContext) => ReactNode;
}

/** One list of events as a table, with "Show more" while the server has more. */
function Events({ list, scope, window, empty, caption, head, zone, children }: EventsProps) {
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
        <tbody>{pages.items.map((e, i) => children(e, i, { details: pages.details, timeZone: zone }))}</tbody>
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
