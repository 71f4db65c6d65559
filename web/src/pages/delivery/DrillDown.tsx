/** The events behind one delivery figure, as a table: what was counted, so the figure can be checked. */
import { Empty } from '../../components/States';
import { Table } from '../../components/Table';
import { describeCause, formatHours, metricNames, type DeliveryReport, type MetricKey } from './metrics';

export function DrillDown({ metric, report, onClose }: { metric: MetricKey; report: DeliveryReport; onClose: () => void }) {
  return (
    <section id="drill-down" className="panel drill-down" aria-labelledby="drill-down-title">
      <div className="drill-down-head">
        <h2 id="drill-down-title">Events behind {metricNames[metric].toLowerCase()}</h2>
        <button type="button" className="button button-quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <Events metric={metric} m={report.metrics} />
    </section>
  );
}

function Events({ metric, m }: { metric: MetricKey; m: DeliveryReport['metrics'] }) {
  switch (metric) {
    case 'deploymentFrequency': {
      const ids = m.deploymentFrequency.events.deployments;
      if (ids.length === 0) return <Empty>No deployments in this window.</Empty>;
      return (
        <Table caption={`${ids.length} deployments to ${m.environment}`}>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Deployment</th>
            </tr>
          </thead>
          <tbody>
            {ids.map((id, i) => (
              <tr key={id}>
                <th scope="row">{i + 1}</th>
                <td><code>{id}</code></td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    }
    case 'leadTime': {
      const rows = m.leadTime.events.leadTimes;
      if (rows.length === 0) return <Empty>No changes reached {m.environment} in this window.</Empty>;
      return (
        <Table caption={`Lead time of ${rows.length} changes, from commit to ${m.environment}`}>
          <thead>
            <tr>
              <th scope="col">Change</th>
              <th scope="col">Deployment</th>
              <th scope="col" className="num">Lead time</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.change}-${r.deployment}`}>
                <th scope="row"><code>{r.change}</code></th>
                <td><code>{r.deployment}</code></td>
                <td className="num">{formatHours(r.hours)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    }
    case 'changeFailureRate': {
      const rows = m.changeFailureRate.events.failed;
      if (rows.length === 0) return <Empty>No failed deployments in this window.</Empty>;
      return (
        <Table caption={`${rows.length} failed deployments of ${m.changeFailureRate.deployments}, with what marked them failed`}>
          <thead>
            <tr>
              <th scope="col">Failed deployment</th>
              <th scope="col">Causes</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deployment}>
                <th scope="row"><code>{r.deployment}</code></th>
                <td>{r.causes.map(describeCause).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    }
    case 'recoveryTime': {
      const rows = m.recoveryTime.events.recoveries;
      const open = m.recoveryTime.events.open;
      if (rows.length === 0 && open.length === 0) return <Empty>No failed deployments to recover from in this window.</Empty>;
      return (
        <Table caption={`Time to recover from ${rows.length} failed deployments${open.length ? `; ${open.length} not yet recovered` : ''}`}>
          <thead>
            <tr>
              <th scope="col">Failed deployment</th>
              <th scope="col" className="num">Recovered after</th>
              <th scope="col">Recovered by</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deployment}>
                <th scope="row"><code>{r.deployment}</code></th>
                <td className="num">{formatHours(r.hours)}</td>
                <td>{describeCause(r.by)}</td>
              </tr>
            ))}
            {open.map((id) => (
              <tr key={id}>
                <th scope="row"><code>{id}</code></th>
                <td className="num">—</td>
                <td>not yet recovered</td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    }
    case 'reworkRate': {
      const rows = m.reworkRate.events.rework;
      if (rows.length === 0) return <Empty>No unplanned (rework) deployments in this window.</Empty>;
      return (
        <Table caption={`${rows.length} unplanned deployments of ${m.reworkRate.deployments}, with the reason`}>
          <thead>
            <tr>
              <th scope="col">Deployment</th>
              <th scope="col">Reasons</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.deployment}>
                <th scope="row"><code>{r.deployment}</code></th>
                <td>{r.reasons.map(describeCause).join('; ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      );
    }
  }
}
