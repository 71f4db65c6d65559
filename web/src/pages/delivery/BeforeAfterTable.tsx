/**
 * Every delivery figure before and after a date: n on each side, the difference with its 95%
 * interval, and the verdict in words. Shared by the delivery page's before/after view and an
 * evidence item's outcome in the living document.
 */
import { Table } from '../../components/Table';
import { formatDifference, formatValue, metricKeys, metricNames, type DeliveryComparison } from './metrics';

export function BeforeAfterTable({ caption, metrics }: { caption: string; metrics: DeliveryComparison['metrics'] }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Before</th>
          <th scope="col">After</th>
          <th scope="col">Difference (95% interval)</th>
          <th scope="col">Verdict</th>
        </tr>
      </thead>
      <tbody>
        {metricKeys.map((k) => {
          const m = metrics[k];
          // The generated type of the interval tuple is loose; the schema says [lo, hi] | null.
          const ci = m.ci as readonly [number, number] | null;
          return (
            <tr key={k} data-metric={k}>
              <th scope="row">{metricNames[k]}</th>
              <td>
                {formatValue(k, m.before)} <span className="muted">(n = {m.nBefore})</span>
              </td>
              <td>
                {formatValue(k, m.after)} <span className="muted">(n = {m.nAfter})</span>
              </td>
              <td>
                {formatDifference(k, m.difference)}
                {ci && (
                  <span className="muted">
                    {' '}
                    ({formatDifference(k, ci[0])} to {formatDifference(k, ci[1])})
                  </span>
                )}
              </td>
              <td>
                <span className={`verdict verdict-${m.verdict.replace(/ /g, '-')}`}>{m.verdict}</span>
                {m.verdict === 'no clear change' && ci && ci[0] <= 0 && ci[1] >= 0 && <span className="hint"> — the interval includes zero</span>}
                {m.verdict === 'no clear change' && !ci && <span className="hint"> — not enough data to tell</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
