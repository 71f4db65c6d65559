/**
 * An evidence item's outcome: the headline sentence with its verdict, and — one click away —
 * every delivery figure before and after with n on each side. Service and team context, never a
 * personal score: the figures are the system's, the link is the person's claim about them.
 */
import { Table } from '../../components/Table';
import { formatDate } from '../../format';
import { formatDifference, formatValue, metricKeys, metricNames } from '../delivery/metrics';
import { outcomeSentence, type EvidenceOutcome } from './model';

export function OutcomeSummary({ outcome }: { outcome: EvidenceOutcome }) {
  const verdict = outcome.status === 'figures' && outcome.metrics && outcome.headline ? outcome.metrics[outcome.headline].verdict : null;
  return (
    <div className="evidence-outcome" data-status={outcome.status}>
      <p className="outcome-sentence">
        <span className="tag tag-outcome">outcome</span> {outcomeSentence(outcome)}
        {verdict && <span className={`verdict verdict-${verdict.replace(/ /g, '-')}`}> · {verdict}</span>}
      </p>
      <p className="hint">
        {outcome.link.windowDays} days before and after {formatDate(outcome.link.at)} · {outcome.link.target} {outcome.scope?.name ?? outcome.link.id}
      </p>
      {outcome.metrics && (
        <details className="outcome-details">
          <summary>All delivery figures</summary>
          <Table caption={`${outcome.scope?.name ?? outcome.link.id}: before and after`}>
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
                const m = outcome.metrics![k];
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
                      {ci && <span className="muted"> ({formatDifference(k, ci[0])} to {formatDifference(k, ci[1])})</span>}
                    </td>
                    <td>{m.verdict}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </details>
      )}
    </div>
  );
}
