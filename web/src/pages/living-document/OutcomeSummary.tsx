/**
 * An evidence item's outcome: the figure chosen when the link was made, in one sentence with its
 * verdict in words and colour — shown whatever it says — and, one click away, the other figures
 * as context with a note that several were compared. The moment is shown as stored (date, time,
 * zone) and links to the same comparison on the delivery page, which shows the same numbers.
 * Service and team context, never a personal score.
 */
import { Link } from '../../router/Link';
import { BeforeAfterTable } from '../delivery/BeforeAfterTable';
import { verdictClass } from '../delivery/metrics';
import { comparisonHref, formatMoment } from '../delivery/moment';
import { outcomeSentence, type EvidenceOutcome } from './model';
import { SloOutcomeDetails } from './SloOutcome';

export const severalComparedNote =
  'Five figures were compared; this outcome is judged by the one chosen when the link was made. With five comparisons, one of the others showing a clear change by chance is likely: read them as context.';

export function OutcomeSummary({ outcome }: { outcome: EvidenceOutcome }) {
  const chosen = outcome.status === 'figures' && outcome.metrics && outcome.headline ? outcome.metrics[outcome.headline] : (outcome.slo?.burnRate ?? null);
  const { link } = outcome;
  const window = outcome.comparison && outcome.comparison.windowDays !== link.windowDays ? `${outcome.comparison.windowDays} of ${link.windowDays}` : String(link.windowDays);
  return (
    <div className="evidence-outcome" data-status={outcome.status} data-verdict={chosen?.verdict}>
      <p className="outcome-sentence">
        <span className="tag tag-outcome">outcome</span> {outcomeSentence(outcome)}
        {chosen && (
          <>
            {' · '}
            <span className={verdictClass(chosen.verdict)}>{chosen.verdict}</span>
          </>
        )}
      </p>
      {chosen?.noVerdictReason && <p className="hint">No verdict: {chosen.noVerdictReason}</p>}
      <p className="hint">
        {window} days before and after <time dateTime={link.at}>{formatMoment(link.at)}</time> · {link.target} {outcome.scope?.name ?? link.id}
        {outcome.status === 'figures' && link.target !== 'slo' && (
          <>
            {' · '}
            <Link to={comparisonHref({ target: link.target, id: link.id, at: link.at, windowDays: link.windowDays, metric: link.metric })}>Open this comparison on the delivery page</Link>
          </>
        )}
      </p>
      {outcome.comparison?.notes.map((n) => (
        <p key={n} className="hint outcome-note">
          {n}
        </p>
      ))}
      {outcome.slo && (
        <details className="outcome-details">
          <summary>SLO before and after, and what overlapped the burn</summary>
          <SloOutcomeDetails slo={outcome.slo} at={link.at} />
        </details>
      )}
      {outcome.metrics && (
        <details className="outcome-details">
          <summary>All delivery figures</summary>
          <p className="hint">{severalComparedNote}</p>
          <BeforeAfterTable caption={`${outcome.scope?.name ?? link.id}: before and after ${formatMoment(link.at)}`} metrics={outcome.metrics} chosen={outcome.headline} />
        </details>
      )}
    </div>
  );
}
