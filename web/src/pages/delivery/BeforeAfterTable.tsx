/**
 * Every delivery figure before and after a moment: n on each side in the unit it counts, the
 * difference with its 95% interval, and the verdict in words and colour — both from the verdict
 * the server computed, so "worsened" is never shown in a reassuring colour. Shared by the delivery
 * page's before/after and an evidence item's outcome; `chosen` marks the figure an outcome is
 * judged by (the others are context).
 */
import { Table } from '../../components/Table';
import { countsText, formatDifference, formatValue, metricKeys, metricNames, verdictClass, type Compared, type DeliveryComparison, type MetricKey } from './metrics';

export function BeforeAfterTable({ caption, metrics, chosen }: { caption: string; metrics: DeliveryComparison['metrics']; chosen?: MetricKey | null }) {
  // The chosen figure first; the others in their usual order.
  const keys = chosen ? [chosen, ...metricKeys.filter((k) => k !== chosen)] : metricKeys;
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
        {keys.map((k) => {
          const m = metrics[k];
          // The generated type of the interval tuple is loose; the schema says [lo, hi] | null.
          const ci = m.ci as readonly [number, number] | null;
          const [nBefore, nAfter] = countsText(m);
          return (
            <tr key={k} data-metric={k} data-verdict={m.verdict} className={chosen === k ? 'chosen-figure' : undefined}>
              <th scope="row">
                {metricNames[k]}
                {chosen === k && <span className="tag"> chosen figure</span>}
              </th>
              <td>
                {formatValue(k, m.before)} <span className="muted">({nBefore})</span>
              </td>
              <td>
                {formatValue(k, m.after)} <span className="muted">({nAfter})</span>
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
                <VerdictText compared={m} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The verdict in words, in its colour, with the reason when the data could not decide. */
export function VerdictText({ compared: m }: { compared: Compared }) {
  const ci = m.ci as readonly [number, number] | null;
  return (
    <>
      <span className={verdictClass(m.verdict)}>{m.verdict}</span>
      {m.noVerdictReason ? (
        <span className="hint"> — {m.noVerdictReason}</span>
      ) : (
        m.verdict === 'no clear change' && ci && ci[0] <= 0 && ci[1] >= 0 && <span className="hint"> — the interval includes zero</span>
      )}
    </>
  );
}
