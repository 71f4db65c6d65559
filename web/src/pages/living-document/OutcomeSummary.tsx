/**
 * An evidence item's outcome: the headline sentence with its verdict, and — one click away —
 * every delivery figure before and after with n on each side. Service and team context, never a
 * personal score: the figures are the system's, the link is the person's claim about them.
 */
import { formatDate } from '../../format';
import { BeforeAfterTable } from '../delivery/BeforeAfterTable';
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
          <BeforeAfterTable caption={`${outcome.scope?.name ?? outcome.link.id}: before and after`} metrics={outcome.metrics} />
        </details>
      )}
    </div>
  );
}
